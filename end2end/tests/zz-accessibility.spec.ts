import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN_EMAIL, ADMIN_PASSWORD, createAccount, jsEnabled, linksInEmails, open, signIn, signOut, unique } from "./helpers";

// axe-core on every page of every area, in Arabic, English and French, signed out and as each
// role: no violation at any level (best practices included). Named to run last, when the other
// specs have left members, editions, registrations, letters and certificates to show; it finds
// them through the pages and fails when there is none.
// The HTML is the same with JavaScript off, so the no-JavaScript run leaves this to the other.

const LANGS = ["ar", "en", "fr"];

async function expectNoViolations(page: Page, path: string) {
  for (const lang of LANGS) {
    const url = `${path}${path.includes("?") ? "&" : "?"}lang=${lang}`;
    await open(page, url);
    const results = await new AxeBuilder({ page }).analyze();
    const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
    expect(found, `axe on ${url}`).toEqual([]);
  }
}

/** The address of the first link matching `selector` on `path`, which must have one. */
async function firstLink(page: Page, path: string, selector: string) {
  await open(page, path);
  const link = page.locator(selector).first();
  await expect(link, `a link ${selector} on ${path}`).toBeVisible();
  const href = (await link.getAttribute("href"))!;
  return new URL(href, page.url()).pathname;
}

/** A visa letter of any edition (the registrations spec issues one). */
async function firstLetter(page: Page) {
  await open(page, "/conferences");
  const editions = await page.locator("main .member-card h3 a").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  for (const edition of editions) {
    await open(page, `/secretariat/conferences/${edition.split("/").pop()}/registrations`);
    const link = page.locator("main a[href^='/letters/']").first();
    if ((await link.count()) > 0) return (await link.getAttribute("href"))!;
  }
  throw new Error("no edition has a visa letter to check");
}

/** The secretariat issues a certificate for the first member in good standing (public: its
 *  address is the proof). */
async function issueCertificate(page: Page) {
  await open(page, "/members");
  const members = await page.locator("main .member-card :is(h2, h3) a").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  for (const member of members) {
    await open(page, member);
    const issue = page.locator("main form:has(input[name=language]) button[type=submit]");
    if ((await issue.count()) === 0) continue;
    await issue.click();
    await expect(page).toHaveURL(/\/certificates\/\w+$/);
    return new URL(page.url()).pathname;
  }
  throw new Error("no member in good standing to certify");
}

/** A delegate's personal page that still opens (the registrations spec emails several). */
async function livePersonalPage(page: Page) {
  for (const link of await linksInEmails(/https?:\/\/\S+\/registrations\/\w+/)) {
    await open(page, link);
    if ((await page.locator("[data-testid=registration-state]").count()) > 0) return link;
  }
  throw new Error("no personal registration link in the delivered emails still opens");
}

test("no page breaks an accessibility rule, in any language, for anyone", async ({ page }, info) => {
  test.skip(!jsEnabled(), "the same HTML is checked in the JavaScript run");
  test.setTimeout(600_000);

  const member = await firstLink(page, "/members", "main .member-card :is(h2, h3) a");
  const edition = await firstLink(page, "/conferences", "main .member-card :is(h2, h3) a");
  const personal = await livePersonalPage(page);
  const text = await firstLink(page, "/resolutions", "[data-testid=texts] h2 a");
  const comparison = await firstLink(page, text, "[data-testid=versions] a");
  const agreement = await firstLink(page, "/twinning", "[data-testid=agreements] h2 a");
  const publicPages = [
    "/",
    "/membership",
    "/conferences",
    "/resolutions",
    "/finance",
    "/finance/dues",
    "/twinning",
    "/twinning/map",
    agreement,
    "/exchange",
    "/activity",
    "/members",
    "/members?q=zzzz-nobody",
    "/resolutions?theme=1",
    "/resolutions/dashboard",
    text,
    `${text}/print`,
    `${comparison}?from=1&to=2`,
    member,
    edition,
    `${edition}/apply`,
    "/membership/apply",
    "/sign-in",
    "/forgot-password",
    "/set-password?token=not-a-token",
    "/certificates/not-a-code",
    personal,
    "/registrations/link-sent",
    "/registrations/not-a-token",
    "/no-such-page",
  ];
  for (const path of publicPages) await expectNoViolations(page, path);

  // A refused form: the summary, the messages tied to their fields.
  for (const lang of LANGS) {
    await open(page, `/membership/apply?lang=${lang}`);
    await page.locator("#app-focal_email").fill("not-an-email");
    await page.locator("main form button[type=submit]").click();
    await expect(page.locator("[data-testid=problem-summary]")).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id), `axe on the refused application in ${lang}`).toEqual([]);
  }

  // The secretariat's pages.
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  const editionId = edition.split("/").pop();
  const application = await firstLink(page, "/secretariat/applications?state=all", "[data-testid=applications-table] a");
  const letter = await firstLetter(page);
  const certificate = await issueCertificate(page);
  // An action the resolutions spec planned, and reported on.
  const action = await firstLink(page, "/resolutions/reports", "[data-testid=report-list] .eyebrow a");
  // The finance spec's schedule and invoices.
  const schedule = await firstLink(page, "/finance/office", "[data-testid=schedules-table] a");
  const invoice = await firstLink(page, "/finance/invoices", "[data-testid=invoices-table] a");
  for (const path of [
    "/account",
    "/secretariat/accounts",
    "/secretariat/applications",
    "/secretariat/themes",
    "/secretariat/statuses",
    "/secretariat/statuses?edit=1",
    application,
    "/secretariat/audit",
    "/secretariat/outbox",
    "/secretariat/conferences/new",
    `/secretariat/conferences/${editionId}/edit`,
    `/secretariat/conferences/${editionId}/sessions/new`,
    `/secretariat/conferences/${editionId}/registrations`,
    `/secretariat/conferences/${editionId}/checkin`,
    `/secretariat/conferences/${editionId}/badges`,
    `${edition}/participants`,
    letter,
    certificate,
    "/resolutions/new",
    text,
    `${text}/edit`,
    `${text}/actions/new`,
    "/resolutions/reports",
    "/resolutions/bulk-updates",
    "/resolutions/bulk-updates?error=error-bulk-empty",
    // The resolutions spec's first spreadsheet: lines it refused.
    "/resolutions/bulk-updates/1",
    action,
    `${action}/edit`,
    `${member}/edit`,
    member,
    "/finance/office",
    schedule,
    "/finance/invoices",
    invoice,
    "/finance/payments",
    "/finance/statements",
    "/finance/statements?error=error-statement-amount&line=2&column=Montant",
    "/finance/dashboard",
  ]) {
    await expectNoViolations(page, path);
  }
  await signOut(page);

  // Finance and focal point accounts without a member of their own: their account page, and the
  // pages they are refused.
  for (const role of ["finance", "focal_point"]) {
    const email = `${unique(role, info.project.name)}@a11y.example.org`;
    await createAccount(page, role, `A11y ${role}`, email, "olive groves 2026");
    await signIn(page, email, "olive groves 2026");
    for (const path of ["/account", "/secretariat/accounts", `${edition}/delegation`, `${member}/edit`, "/resolutions/reports"]) {
      await expectNoViolations(page, path);
    }
    await signOut(page);
  }
});
