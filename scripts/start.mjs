// `npm start`: builds knowledge/ and the widget when missing or older than their sources, then serves on Node.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
    const p = join(dir, e.name);
    return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);

const bundle = "knowledge/bundle.json";
if (!existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(newest("content"), newest("src/build"))) {
  const built = spawnSync(process.execPath, ["--import", "tsx", "src/build/build-knowledge.ts"], { stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const widget = "knowledge/assets/widget.js";
if (!existsSync(widget) || statSync(widget).mtimeMs < newest("widget/src")) {
  const built = spawnSync(process.execPath, ["--import", "tsx", "widget/build.ts"], { stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const server = spawnSync(process.execPath, ["--import", "tsx", "src/adapters/node/server.ts"], { stdio: "inherit" });
process.exit(server.status ?? 0);
