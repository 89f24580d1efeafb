import { defineConfig } from "@playwright/test";

// The server under test is the release build, started by global-setup.ts on this port with a
// fresh SQLite database.
export const port = Number(process.env.E2E_PORT ?? 3917);

const chromium = {
  browserName: "chromium" as const,
  launchOptions: {
    // Debian's Chromium; Playwright never downloads a browser here.
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};

export default defineConfig({
  testDir: "./tests",
  globalSetup: "./global-setup.ts",
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    locale: "en-GB",
  },
  projects: [
    // Hydrated: the wasm app runs and forms submit through server functions.
    { name: "js", use: { ...chromium, javaScriptEnabled: true } },
    // Plain HTML: every form must still work.
    { name: "no-js", use: { ...chromium, javaScriptEnabled: false } },
  ],
});
