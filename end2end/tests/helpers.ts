import { expect, test, type Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { ADMIN_EMAIL, ADMIN_PASSWORD, MAIL_DIR } from "../global-setup";

export { ADMIN_EMAIL, ADMIN_PASSWORD };

/** A value inserted into a translated sentence, isolated (FSI…PDI) so it keeps its own direction. */
export function isolated(value: string) {
  return `\u2068${value}\u2069`;
}

/** Opens a page and, when JavaScript runs, waits until the app has hydrated. */
export async function open(page: Page, path: string) {
  await page.goto(path);
  await waitReady(page);
}

export async function waitReady(page: Page) {
  await page.waitForLoadState("load");
  if (jsEnabled()) await expect(page.locator("body[data-hydrated]")).toHaveCount(1);
}

/**
 * Right-to-left pages set `dir="ltr"` only on inline text (dates, codes, addresses), never on a
 * block, which would push the value to the far side away from its label.
 */
export async function expectNoLeftToRightBlocks(page: Page) {
  const blocks = page.locator("main :is(div, p, dl, dt, dd, ul, ol, li, table, tr, th, td, h1, h2, h3, h4, section, article)[dir=ltr]");
  await expect(blocks).toHaveCount(0);
  expect(await page.locator("main span[dir=ltr]").count()).toBeGreaterThan(0);
}

/** Opens each path on a 320 px wide screen and checks that nothing makes the page scroll sideways. */
export async function expectFitsSmallPhone(page: Page, paths: string[]) {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of paths) {
    await open(page, path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} is ${width}px wide at 320px`).toBeLessThanOrEqual(320);
  }
  if (before) await page.setViewportSize(before);
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

/**
 * An account with `role`, invited by the secretariat and activated from the emailed link, as a
 * new colleague's would be; leaves the browser signed out.
 */
export async function createAccount(page: Page, role: string, name: string, email: string, password: string) {
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  await open(page, "/secretariat/accounts?lang=en");
  await page.locator("#invite-display_name").fill(name);
  await page.locator("#invite-email").fill(email);
  await page.locator("#invite-role").selectOption(role);
  await page.locator("form.form-grid button[type=submit]").click();
  await expect(page.locator("[data-testid=accounts-table]")).toContainText(email);
  const link = (await latestEmailTo(page, email, "set-password?token=")).match(/https?:\/\/\S+\/set-password\?token=\w+/)![0];
  await signOut(page);
  await open(page, new URL(link).pathname + new URL(link).search);
  await page.locator("#password").fill(password);
  await page.locator("#password_confirm").fill(password);
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(/password_set=1/);
}

export async function signOut(page: Page) {
  await page.locator(".account-menu form button[type=submit]").click();
  await expect(page.locator("[data-testid=signed-in-as]")).toHaveCount(0);
}

/** Every message delivered to `to`, oldest first, as its recipient reads it (subject, text). */
async function mailTo(to: string) {
  const messages = [];
  for (const name of readdirSync(MAIL_DIR).sort()) {
    const parsed = await simpleParser(readFileSync(path.join(MAIL_DIR, name)));
    const recipients = [parsed.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address?.toLowerCase()));
    if (recipients.includes(to.toLowerCase())) messages.push({ subject: parsed.subject ?? "", text: parsed.text ?? "" });
  }
  return messages;
}

/**
 * The text of the newest email delivered to `to` that contains `containing`, among those that
 * arrived after the first `after` (see `emailCountTo`). Read from the mail the server delivered
 * over SMTP to the test harness's sink, as its recipient would; delivery takes a moment, so this
 * waits for it. The page argument is kept for the call sites; mail does not depend on it.
 */
export async function latestEmailTo(_page: Page, to: string, containing = "", after = 0) {
  let matching: string[] = [];
  await expect
    .poll(async () => {
      matching = (await mailTo(to))
        .slice(after)
        .map((m) => m.text)
        .filter((text) => text.includes(containing));
      return matching.length;
    }, { message: `an email to ${to} containing "${containing}"`, timeout: 15_000 })
    .toBeGreaterThan(0);
  return matching[matching.length - 1];
}

/** How many emails reached `to` so far (to wait for the next one). */
export async function emailCountTo(to: string) {
  return (await mailTo(to)).length;
}

/** The paths of every link matching `pattern` in any delivered email, newest email first. */
export async function linksInEmails(pattern: RegExp) {
  const links: string[] = [];
  for (const name of readdirSync(MAIL_DIR).sort().reverse()) {
    const parsed = await simpleParser(readFileSync(path.join(MAIL_DIR, name)));
    for (const found of (parsed.text ?? "").match(new RegExp(pattern, "g")) ?? []) {
      const url = new URL(found);
      links.push(url.pathname + url.search);
    }
  }
  return links;
}

/**
 * A member (French unless `country` says otherwise), applied for and approved through the server functions the pages use (those
 * pages have their own tests), whose focal point has set `password`. Call it signed in as the
 * secretariat. Returns the member's id.
 */
export async function memberWithFocalPoint(page: Page, name: string, focalEmail: string, password: string, country = "FR") {
  const applied = await page.request.post("/api/apply_for_membership", {
    form: {
      "application[kind]": "municipality",
      "application[official_name]": name,
      "application[latin_name]": name,
      "application[country]": country,
      "application[head_name]": "Grégory Doucet",
      "application[head_title]": "Maire",
      "application[focal_name]": "Claire Martin",
      "application[focal_email]": focalEmail,
      "application[focal_phone]": "+33 4 72 10 30 30",
      "application[focal_language]": "fr",
      "application[motivation]": "Jumelage avec Hébron.",
    },
  });
  expect(applied.status()).toBeLessThan(400);
  await open(page, "/secretariat/applications?lang=fr");
  await page.locator("[data-testid=applications-table] a", { hasText: name }).click();
  await waitReady(page);
  const memberId = new URL(page.url()).pathname.split("/").pop()!;
  const decided = await page.request.post("/api/decide_application", {
    form: { id: memberId, decision: "approve", reason: "Bienvenue." },
  });
  expect(decided.status()).toBeLessThan(400);
  const invitation = await latestEmailTo(page, focalEmail, "set-password?token=");
  const token = invitation.match(/set-password\?token=(\w+)/)![1];
  const set = await page.request.post("/api/set_password", { form: { token, password, password_confirm: password } });
  expect(set.status()).toBeLessThan(400);
  return memberId;
}

/**
 * The year's dues schedule with one band for municipalities and its calls issued, through the
 * finance office's forms (their refusals have their own tests). Call it signed in as finance.
 * Returns the schedule page's address.
 */
export async function scheduleWithCalls(page: Page, year: string, amount: string) {
  await open(page, "/finance/office");
  await page.locator("#sc-year").fill(year);
  await page.locator("#sc-currency").fill("EUR");
  await page.locator("#sc-due_on").fill(`${year}-03-31`);
  await page.locator("#sc-payment_instructions").fill("Réseau Sumud\nIBAN FR76 3000 6000 0112 3456 7890 189");
  await Promise.all([page.waitForURL(/\/finance\/schedules\/\d+/), page.locator("[data-testid=create-schedule]").click()]);
  await waitReady(page);
  await page.locator("#bd-kind").selectOption("municipality");
  await page.locator("#bd-amount").fill(amount);
  await page.locator("[data-testid=add-band]").click();
  await expect(page.locator("[data-testid=bands-table]")).toContainText(`${amount}.00`);
  await page.locator("[data-testid=issue-calls]").click();
  await expect(page.locator("[data-testid=issued-notice]")).toContainText("issued");
  return new URL(page.url()).pathname;
}

/** The number of `town`'s call for dues of `year`, from the finance office's list. */
export async function callNumber(page: Page, year: string, town: string) {
  await open(page, `/finance/invoices?year=${year}`);
  const number = (await page.locator("[data-testid=invoices-table] tr", { hasText: town }).first().locator("td").first().innerText()).trim();
  expect(number).toMatch(new RegExp(`^${year}-\\d{4}$`));
  return number;
}

export function localDay(offsetDays: number) {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/**
 * An edition in three months with registration open and two seats per delegation, through the
 * server function the secretariat's page uses (that page has its own tests). Call it signed in
 * as the secretariat. Returns the edition's address.
 */
export async function editionOpenForRegistration(page: Page, name: string) {
  const edition = await page.request.post("/api/create_edition", {
    form: {
      "edition[title_ar]": `مؤتمر ${name}`,
      "edition[title_en]": `Conference ${name}`,
      "edition[title_fr]": `Conférence ${name}`,
      "edition[city]": "Ramallah",
      "edition[venue]": "Palais de la culture",
      "edition[time_zone]": "Asia/Hebron",
      "edition[starts_on]": localDay(90),
      "edition[ends_on]": localDay(92),
      "edition[registration_opens]": `${localDay(-2)}T00:00`,
      "edition[registration_closes]": `${localDay(60)}T23:59`,
      "edition[capacity]": "2",
      "edition[delegation_quota]": "2",
    },
    maxRedirects: 0,
  });
  // A server function answers a script's call with the address it sends a browser to.
  expect(edition.status()).toBeLessThan(400);
  const editionPath = new URL(edition.headers()["location"], "http://x").pathname;
  expect(editionPath).toMatch(/^\/conferences\/\d+$/);
  return editionPath;
}
