import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/property/**/*.test.ts", "tests/integration/**/*.test.ts"],
    globalSetup: ["tests/helpers/pg-cluster.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
