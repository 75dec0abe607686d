import { defineConfig } from "drizzle-kit";

// One migrations folder for both drizzle-kit and wrangler (wrangler.toml migrations_dir).
export default defineConfig({
  dialect: "sqlite",
  schema: "./src/storage/schema.ts",
  out: "./src/storage/migrations",
  casing: "snake_case",
});
