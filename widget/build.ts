/**
 * Builds the embeddable widget into knowledge/assets (served statically at / on Node and Workers):
 *   widget.js      the loader, an IIFE classic script (embedded with <script async>); ≤ 10 KB gzip
 *   widget/app.js  the chat panel, an ES module the loader imports on first open
 * Run: `npx tsx widget/build.ts` — prints both gzip sizes and exits 1 when the loader is over budget.
 */
import { build, transform, type Plugin } from "esbuild";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

export const LOADER_BUDGET_BYTES = 10 * 1024;

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_OUT_DIR = join(here, "..", "knowledge", "assets");
const TARGET = ["es2022", "chrome105", "firefox110", "safari16"];

/** `import css from "./x.css"` → the minified CSS as a string (adopted as a constructable sheet). */
const cssText: Plugin = {
  name: "css-text",
  setup(b) {
    b.onLoad({ filter: /\.css$/ }, async (args) => {
      const { code } = await transform(readFileSync(args.path, "utf8"), { loader: "css", minify: true, target: TARGET });
      return { contents: `export default ${JSON.stringify(code.trim())};`, loader: "js" };
    });
  },
};

export interface BuiltFile {
  path: string;
  bytes: number;
  gzipBytes: number;
}

export interface WidgetBuild {
  loader: BuiltFile;
  app: BuiltFile;
  withinBudget: boolean;
}

async function bundle(entry: string, format: "iife" | "esm", define: Record<string, string> = {}): Promise<string> {
  const result = await build({
    entryPoints: [join(here, "src", entry)],
    bundle: true,
    format,
    minify: true,
    target: TARGET,
    platform: "browser",
    write: false,
    legalComments: "none",
    charset: "utf8",
    define,
    plugins: [cssText],
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

function emit(path: string, code: string): BuiltFile {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, code);
  return { path, bytes: Buffer.byteLength(code), gzipBytes: gzipSync(code, { level: 9 }).length };
}

export async function buildWidget(options: { outDir?: string } = {}): Promise<WidgetBuild> {
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  const app = await bundle("app.ts", "esm");
  // The loader names app.js with its content hash, so a new build is never served a stale cache.
  const version = createHash("sha256").update(app).digest("hex").slice(0, 10);
  const loader = await bundle("loader.ts", "iife", { __APP_FILE__: JSON.stringify(`widget/app.js?v=${version}`) });
  const built = { loader: emit(join(outDir, "widget.js"), loader), app: emit(join(outDir, "widget", "app.js"), app) };
  // Workers serve knowledge/assets directly: app.js is a module script, so other sites need CORS.
  writeFileSync(join(outDir, "_headers"), "/widget.js\n  Access-Control-Allow-Origin: *\n/widget/*\n  Access-Control-Allow-Origin: *\n");
  return { ...built, withinBudget: built.loader.gzipBytes <= LOADER_BUDGET_BYTES };
}

const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await buildWidget();
  console.log(`widget.js      ${kb(result.loader.bytes)} (${kb(result.loader.gzipBytes)} gzip, budget ${kb(LOADER_BUDGET_BYTES)})`);
  console.log(`widget/app.js  ${kb(result.app.bytes)} (${kb(result.app.gzipBytes)} gzip, loaded on first open)`);
  if (!result.withinBudget) {
    console.error(`widget.js is over its ${kb(LOADER_BUDGET_BYTES)} gzip budget`);
    process.exit(1);
  }
}
