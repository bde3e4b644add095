import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// One fresh SQLite database per run (removed by e2e/global-teardown.ts). The config is
// evaluated again in each worker, which inherits this variable from the runner.
process.env.E2E_DATABASE_FILE ??= path.join("data", "e2e", `run-${Date.now()}-${process.pid}.db`);
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// Debian's Chromium where it exists (no browser download on these machines), else Playwright's own.
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  outputDir: "e2e/.artifacts/test-results",
  globalTeardown: "./e2e/global-teardown.ts",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  // Long journeys take 30–70 s on a loaded 2-core machine: a minute was too close.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { outputFolder: "e2e/.artifacts/report", open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: executablePath
        ? ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]
        : [],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } },
    // Phones run the page tour (screenshots and axe) at 360 px, the narrowest width we support.
    {
      name: "phone",
      grep: /@screens/,
      use: { ...devices["Pixel 5"], viewport: { width: 360, height: 780 }, browserName: "chromium" },
    },
  ],
  webServer: {
    // `next start` on the production build, as users run it.
    command: process.env.E2E_SKIP_BUILD ? "npm start" : "npm run build && npm start",
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: `file:${process.env.E2E_DATABASE_FILE}`,
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: "e2e-secret-that-is-long-enough-for-jwt-signing",
      NEXT_TELEMETRY_DISABLED: "1",
      // Every test signs up a fresh user from one address: lift the sign-up limit, keep the rest.
      SIGN_UP_LIMIT_PER_HOUR: "10000",
    },
  },
});
