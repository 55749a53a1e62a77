import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["chain/**/*.spec.ts", "modules/**/*.spec.ts", "node/**/*.spec.ts", "light-client/**/*.spec.ts", "test/**/*.test.ts"],
    exclude: ["**/node_modules/**", "test/bench/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    fileParallelism: true,
    maxWorkers: 2,
  },
});
