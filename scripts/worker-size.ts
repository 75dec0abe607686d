// Bundles the worker exactly as `wrangler deploy` would (dry run, nothing uploaded) and prints
// its size raw and gzip-compressed: `npm run size:worker`.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export function measureWorkerBundle(outdir = "dist/worker"): { raw: number; gzip: number; files: number } {
  rmSync(outdir, { recursive: true, force: true });
  execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--minify", "--outdir", outdir], { stdio: "pipe" });
  let raw = 0;
  let gzip = 0;
  let files = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(js|mjs|wasm|json|txt|bin)$/.test(name) && !name.endsWith(".map")) {
        const bytes = readFileSync(path);
        raw += bytes.length;
        gzip += gzipSync(bytes, { level: 9 }).length;
        files++;
      }
    }
  };
  walk(outdir);
  return { raw, gzip, files };
}

if (process.argv[1]?.endsWith("worker-size.ts")) {
  const { raw, gzip, files } = measureWorkerBundle();
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`worker bundle: ${files} file(s), ${kib(raw)} raw, ${kib(gzip)} gzip`);
}
