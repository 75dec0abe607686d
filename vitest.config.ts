import { defineConfig } from "vitest/config";

// Two runtimes, as Hono splits them: the Node project runs core, http, storage, build and the
// Node server; the workers project runs the same app inside workerd with a real D1.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "node",
          include: ["test/**/*.test.ts"],
          exclude: ["test/runtime/**", "node_modules/**"],
          environment: "node",
          testTimeout: 20_000,
        },
      },
      "test/runtime/workers/vitest.config.ts",
    ],
  },
});
