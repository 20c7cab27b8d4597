// e2e: Debian Chromium against a production build (`next build && next start`) on a free port,
// with its own throwaway Postgres (tests/e2e/server.ts).
import { defineConfig, devices } from "@playwright/test";

// Chosen once in the runner process; workers inherit it through the environment.
process.env.E2E_PORT ??= String(41_000 + Math.floor(Math.random() * 2_000));
const port = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  outputDir: "test-results/playwright",
  use: {
    ...devices["Desktop Chrome"],
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
      ],
    },
  },
  webServer: {
    command: "npx tsx tests/e2e/server.ts",
    url: `http://127.0.0.1:${port}/`,
    env: { E2E_PORT: String(port) },
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
