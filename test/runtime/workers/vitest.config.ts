import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineProject } from "vitest/config";

const migrations = await readD1Migrations(fileURLToPath(new URL("../../../src/storage/migrations", import.meta.url)));

export default defineProject({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: fileURLToPath(new URL("../../../wrangler.toml", import.meta.url)) },
      miniflare: { bindings: { TEST_MIGRATIONS: migrations } },
    }),
  ],
  test: {
    name: "workers",
    include: ["**/*.test.ts"],
    setupFiles: ["./apply-migrations.ts"],
    testTimeout: 30_000,
  },
});
