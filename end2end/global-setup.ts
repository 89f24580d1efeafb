import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { port } from "./playwright.config";
import { startFakeStripe, STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET } from "./fake-stripe";
import { startSmtpSink } from "./smtp-sink";

// Starts a mail sink and the release server on a fresh database, creates the first secretariat
// account with the CLI (as the README tells a newcomer), and sets its password through its
// one-time link. The server delivers its mail to the sink over SMTP; the tests read it there.
export const ADMIN_EMAIL = "secretariat@e2e.test";
export const ADMIN_PASSWORD = "olive trees of Jenin 2026";
export const MAIL_DIR = path.join(__dirname, ".e2e-data", "mail");
const smtpPort = port + 1;
const stripePort = port + 2;

export default async function globalSetup() {
  const root = path.resolve(__dirname, "..");
  const dataDir = path.join(__dirname, ".e2e-data");
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const sink = await startSmtpSink(MAIL_DIR, smtpPort);
  const stripe = await startFakeStripe(stripePort, `http://127.0.0.1:${port}`);
  const targetDir = process.env.CARGO_TARGET_DIR ?? path.join(root, "target");
  const binary = process.env.SUMUD_BIN ?? path.join(targetDir, "release", "sumud");
  const env = {
    ...process.env,
    DATABASE_URL: `sqlite://${dataDir}/e2e.sqlite?mode=rwc`,
    DOCUMENTS_DIR: path.join(dataDir, "documents"),
    LISTEN_ADDR: `127.0.0.1:${port}`,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    ADMIN_EMAIL,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    SMTP_FROM: "Sumud <secretariat@e2e.test>",
    STRIPE_SECRET_KEY,
    STRIPE_WEBHOOK_SECRET,
    STRIPE_API_BASE: `http://127.0.0.1:${stripePort}/`,
    LEPTOS_SITE_ROOT: process.env.LEPTOS_SITE_ROOT ?? path.join(root, "target", "site"),
    RUST_LOG: "warn",
  };

  const created = execFileSync(binary, ["admin", "create", "--email", ADMIN_EMAIL, "--name", "Amal Secretariat"], {
    env,
    cwd: root,
  }).toString();
  const link = created.match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error(`no set-password link in: ${created}`);

  const server = spawn(binary, [], { env, cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline || server.exitCode !== null) throw new Error("server did not start");
    await new Promise((r) => setTimeout(r, 200));
  }

  const token = new URL(link).searchParams.get("token")!;
  const response = await fetch(`${base}/api/set_password`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ token, password: ADMIN_PASSWORD, password_confirm: ADMIN_PASSWORD }),
    redirect: "manual",
  });
  if (response.status >= 400) throw new Error(`set_password: ${response.status} ${await response.text()}`);
  writeFileSync(path.join(dataDir, "ready"), "1");

  return async () => {
    server.kill("SIGTERM");
    sink.close();
    stripe.close();
  };
}
