import { expect, test } from "@playwright/test";
import { ADMIN_EMAIL, ADMIN_PASSWORD, latestEmailTo, open, signIn, signOut, unique, waitReady } from "./helpers";

test("the Arabic home page is right-to-left from the first byte, and French keeps the page", async ({ page, request }) => {
  // The server's first response already carries lang and dir: no script needed.
  const raw = await (await request.get("/?lang=ar")).text();
  expect(raw).toMatch(/<html[^>]*lang="ar"/);
  expect(raw).toMatch(/<html[^>]*dir="rtl"/);

  await open(page, "/?lang=ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("h1")).toContainText("شبكة من المدن");
  // The layout mirrors: the brand sits at the right edge in Arabic.
  const brand = await page.locator(".brand").boundingBox();
  const viewport = page.viewportSize()!;
  expect(brand!.x + brand!.width).toBeGreaterThan(viewport.width / 2);

  // Another page, still in Arabic thanks to the cookie, then switch to French.
  await open(page, "/activity");
  await expect(page.locator("h1")).toHaveText("النشاط العام");
  await page.locator(".language-switcher a[hreflang=fr]").click();
  await waitReady(page);
  await expect(page).toHaveURL(/\/activity\?lang=fr$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.locator("h1")).toHaveText("Activité publique");
});

test("the secretariat invites a finance officer who sets a password and signs in", async ({ page }, info) => {
  const email = `${unique("finance", info.project.name)}@treasury.example.org`;

  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  await expect(page.locator("[data-testid=signed-in-as]")).toContainText("Amal Secretariat");

  await open(page, "/secretariat/accounts?lang=en");
  await page.locator("#invite-name").fill("Nadia Finance");
  await page.locator("#invite-email").fill(email);
  await page.locator("#invite-role").selectOption("finance");
  await page.locator("#invite-language").selectOption("fr");
  await page.locator("form.form-grid button[type=submit]").click();
  await expect(page.locator("[data-testid=accounts-table]")).toContainText(email);
  await expect(page.locator("[data-testid=accounts-table] tr", { hasText: email })).toContainText("Invited, no password yet");

  // The invitation is written in the invitee's language (French) and holds the link.
  const body = await latestEmailTo(page, email);
  expect(body).toContain("Bonjour Nadia Finance");
  expect(body).toContain("Finances");
  const link = body.match(/https?:\/\/\S+\/set-password\?token=\w+/)?.[0];
  expect(link).toBeTruthy();

  // The change is in the audit log, filterable by action.
  await open(page, "/secretariat/audit?action=account.invited&lang=en");
  await expect(page.locator("[data-testid=audit-table]")).toContainText(email);

  await signOut(page);

  const path = new URL(link!).pathname + new URL(link!).search;
  await open(page, `${path}&lang=fr`);
  await expect(page.locator("main")).toContainText("Bienvenue, Nadia Finance");
  await page.locator("#password").fill("short");
  await page.locator("#password_confirm").fill("short");
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("#password-error")).toHaveText("Le mot de passe doit comporter au moins 10 caractères.");

  await page.locator("#password").fill("jasmine and za'atar");
  await page.locator("#password_confirm").fill("jasmine and za'atar");
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(/\/sign-in\?password_set=1/);
  await expect(page.locator(".alert-success")).toBeVisible();

  // A wrong password gets a translated error; the right one signs in.
  await signIn(page, email, "not the password", "fr");
  await expect(page.locator("main .alert-error")).toHaveText("L'adresse e-mail ou le mot de passe est incorrect.");
  await signIn(page, email, "jasmine and za'atar", "fr");
  await expect(page.locator("[data-testid=signed-in-as]")).toContainText("Nadia Finance · Finances");

  // The link worked once only.
  await signOut(page);
  await open(page, `${path}&lang=en`);
  await expect(page.locator("main .alert-error")).toContainText("This link is not valid any more");
});

test("the public is refused the secretariat's pages and asked to sign in", async ({ page }) => {
  await open(page, "/secretariat/accounts?lang=en");
  await expect(page.locator("main .alert-error")).toContainText("Please sign in to continue.");
  await expect(page.locator("[data-testid=accounts-table]")).toHaveCount(0);
});

test("password reset by emailed link", async ({ page }) => {
  // A known account asks for a reset; the answer does not reveal whether the address exists.
  await open(page, "/forgot-password?lang=ar");
  await page.locator("#email").fill("not-an-address");
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("#email-error")).toHaveText("أدخل بريداً إلكترونياً مثل name@city.org.");

  await page.locator("#email").fill(ADMIN_EMAIL.toUpperCase());
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("main .alert-success")).toContainText("رابط اختيار كلمة مرور جديدة");

  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  const body = await latestEmailTo(page, ADMIN_EMAIL);
  expect(body).toContain("Someone asked to reset the password");
  expect(body).toContain(`/set-password?token=`);
});
