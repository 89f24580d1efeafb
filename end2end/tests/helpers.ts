import { expect, test, type Page } from "@playwright/test";
import { ADMIN_EMAIL, ADMIN_PASSWORD } from "../global-setup";

export { ADMIN_EMAIL, ADMIN_PASSWORD };

/** Opens a page and, when JavaScript runs, waits until the app has hydrated. */
export async function open(page: Page, path: string) {
  await page.goto(path);
  await waitReady(page);
}

export async function waitReady(page: Page) {
  await page.waitForLoadState("load");
  if (jsEnabled()) await expect(page.locator("body[data-hydrated]")).toHaveCount(1);
}

export function jsEnabled() {
  return test.info().project.use.javaScriptEnabled !== false;
}

/** A value unique to this run and project, so the js and no-js runs never collide. */
export function unique(prefix: string, projectName: string) {
  return `${prefix}-${projectName}-${Date.now().toString(36)}`;
}

export async function signIn(page: Page, email: string, password: string, lang = "en") {
  await open(page, `/sign-in?lang=${lang}`);
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("main form button[type=submit]").click();
  // Done when either the header shows the person or the form shows why not.
  await expect(page.locator("[data-testid=signed-in-as], main .alert-error").first()).toBeVisible();
}

export async function signOut(page: Page) {
  await page.locator(".account-menu form button[type=submit]").click();
  await expect(page.locator("[data-testid=signed-in-as]")).toHaveCount(0);
}

/** The newest email to `to`, read from the secretariat's outbox (no SMTP in tests). */
export async function latestEmailTo(page: Page, to: string) {
  await open(page, "/secretariat/outbox?lang=en");
  const message = page.locator(`li.message[data-to="${to}"]`).first();
  await expect(message).toHaveCount(1);
  return (await message.locator("pre.message-body").textContent()) ?? "";
}
