import { expect, test } from "@playwright/test";
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  emailCountTo,
  expectFitsSmallPhone,
  isolated,
  jsEnabled,
  latestEmailTo,
  open,
  signIn,
  signOut,
  unique,
  waitReady,
} from "./helpers";

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
  // Arabic is set in the web font shipped with the site, whatever the visitor's machine has.
  await expect
    .poll(() => page.evaluate(() => [...document.fonts].some((f) => f.family.includes("Sumud Naskh") && f.status === "loaded")))
    .toBe(true);
  const font = await request.get("/fonts/noto-naskh-arabic-5.3.0-arabic-400.woff2");
  expect(font.status()).toBe(200);
  expect(font.headers()["content-type"]).toBe("font/woff2");
  expect(font.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");

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

test("the page's wasm, script and styles have fingerprinted names, go out precompressed and are kept a year", async ({ page, request }) => {
  const assets: { url: string; encoding?: string; cache?: string }[] = [];
  page.on("response", (response) => {
    if (new URL(response.url()).pathname.startsWith("/pkg/")) {
      const headers = response.headers();
      assets.push({ url: response.url(), encoding: headers["content-encoding"], cache: headers["cache-control"] });
    }
  });
  await open(page, "/?lang=en");
  const names = assets.map((a) => new URL(a.url).pathname);
  // sumud.<22-character hash>.<ext> for each of the three.
  // Without JavaScript the page fetches its styles only.
  for (const ext of jsEnabled() ? ["css", "js", "wasm"] : ["css"]) {
    expect(names.some((n) => new RegExp(`^/pkg/sumud\\.[A-Za-z0-9_-]{22}\\.${ext}$`).test(n)), `${ext} in ${names}`).toBe(true);
  }
  for (const asset of assets) {
    // Chromium asks for brotli over https only; over plain http it gets the gzip file.
    expect(["br", "gzip"], asset.url).toContain(asset.encoding);
    expect(asset.cache, asset.url).toBe("public, max-age=31536000, immutable");
  }
  const favicon = await request.get("/favicon.svg");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toBe("image/svg+xml");
});

test("the first page needs at most 400 KB of compressed wasm and JavaScript", async ({ page, request }) => {
  const scripts: string[] = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (/\.(js|wasm)$/.test(path)) scripts.push(path);
  });
  await open(page, "/?lang=ar");
  // Preloaded by the page's head, so fetched with JavaScript off too.
  expect(scripts.some((p) => p.endsWith(".wasm")), `${scripts}`).toBe(true);
  let total = 0;
  for (const path of new Set(scripts)) {
    const response = await request.get(path, { headers: { "accept-encoding": "br" } });
    expect(response.headers()["content-encoding"], path).toBe("br");
    total += Number(response.headers()["content-length"]);
  }
  console.log(`first page: ${total} bytes of brotli wasm and JavaScript`);
  expect(total).toBeLessThanOrEqual(400_000);
});

test("the public pages fit a 320 px phone, under a header of two rows at most", async ({ page }) => {
  const paths = ["/", "/members", "/membership/apply", "/sign-in", "/activity"];
  await expectFitsSmallPhone(page, paths.flatMap((path) => [`${path}?lang=ar`, `${path}?lang=fr`]));
  await page.setViewportSize({ width: 390, height: 800 });
  for (const lang of ["ar", "en", "fr"]) {
    await open(page, `/members?lang=${lang}`);
    const header = await page.locator(".site-header").boundingBox();
    expect(header!.height, lang).toBeLessThanOrEqual(110);
  }
});

test("on a phone the header folds its links behind a menu button, which JavaScript needs", async ({ page }) => {
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, "ar");
  await page.setViewportSize({ width: 390, height: 800 });
  await open(page, "/members?lang=ar");
  const button = page.locator(".menu-button");
  const areas = page.locator("nav.main-nav");
  if (!jsEnabled()) {
    // Without JavaScript nothing is folded away.
    await expect(button).toBeHidden();
    await expect(areas).toBeVisible();
    await expect(page.locator("[data-testid=signed-in-as]")).toBeVisible();
  } else {
    await expect(button).toBeVisible();
    await expect(button).toHaveText("القائمة");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(areas).toBeHidden();
    await expect(page.locator("[data-testid=signed-in-as]")).toBeHidden();
    const folded = await page.locator(".site-header").boundingBox();
    expect(folded!.height, "one row").toBeLessThanOrEqual(60);
    await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(areas).toBeVisible();
    await expect(page.locator("[data-testid=signed-in-as]")).toBeVisible();
    await areas.locator("a[href='/conferences']").click();
    await expect(page).toHaveURL(/\/conferences/);
  }
  // On a wide screen there is no button and nothing is folded.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(button).toBeHidden();
  await expect(areas).toBeVisible();
  await signOut(page);
});

test("the skip link moves focus to the page's content", async ({ page }) => {
  await open(page, "/sign-in?lang=fr");
  await page.keyboard.press("Tab");
  const skip = page.locator(".skip-link");
  await expect(skip).toBeFocused();
  await expect(skip).toHaveText("Aller au contenu");
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
  // The next Tab goes on from the content, not back to the header.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => !!document.activeElement?.closest("main"))).toBe(true);
});

test("the secretariat invites a finance officer who sets a password and signs in", async ({ page }, info) => {
  const email = `${unique("finance", info.project.name)}@treasury.example.org`;

  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  await expect(page.locator("[data-testid=signed-in-as]")).toContainText("Amal Secretariat");

  await open(page, "/secretariat/accounts?lang=en");
  await page.locator("#invite-display_name").fill("Nadia Finance");
  await page.locator("#invite-email").fill(email);
  await page.locator("#invite-role").selectOption("finance");
  await page.locator("#invite-language").selectOption("fr");
  await page.locator("form.form-grid button[type=submit]").click();
  await expect(page.locator("[data-testid=accounts-table]")).toContainText(email);
  await expect(page.locator("[data-testid=accounts-table] tr", { hasText: email })).toContainText("Invited, no password yet");

  // The invitation is written in the invitee's language (French) and holds the link.
  const body = await latestEmailTo(page, email, "set-password?token=");
  expect(body).toContain("Bonjour Nadia Finance");
  expect(body).toContain("Finances");
  const link = body.match(/https?:\/\/\S+\/set-password\?token=\w+/)?.[0];
  expect(link).toBeTruthy();

  // The change is in the audit log, filterable by action.
  await open(page, "/secretariat/audit?action=account.invited&lang=en");
  await expect(page.locator("[data-testid=audit-table]")).toContainText(email);
  await expect(page.locator("[data-testid=audit-table] tr", { hasText: email })).toContainText("Account invited");
  // In Arabic the actions are named in Arabic, in the table and in the filter.
  await open(page, "/secretariat/audit?action=account.invited&lang=ar");
  await expect(page.locator("[data-testid=audit-table] tr", { hasText: email })).toContainText("دعوة إلى حساب");
  await expect(page.locator("#audit-action option[value='account.invited']")).toHaveText("دعوة إلى حساب");

  await signOut(page);

  const path = new URL(link!).pathname + new URL(link!).search;
  await open(page, `${path}&lang=fr`);
  await expect(page.locator("main")).toContainText(`Bienvenue, ${isolated("Nadia Finance")}`);
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

test("the outbox never shows a live link; the secretariat makes a new one to hand over another way", async ({ page }, info) => {
  const email = `${unique("mayor", info.project.name)}@tubas.example.ps`;
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, "ar");
  await open(page, "/secretariat/accounts?lang=ar");
  await page.locator("#invite-display_name").fill("سناء دراغمة");
  await page.locator("#invite-email").fill(email);
  await page.locator("#invite-role").selectOption("delegate");
  await page.locator("#invite-language").selectOption("ar");
  await page.locator("form.form-grid button[type=submit]").click();
  const row = page.locator("[data-testid=accounts-table] tr", { hasText: email });
  await expect(row).toHaveCount(1);

  // The invitation went out; the outbox shows it without its secret.
  const emailed = (await latestEmailTo(page, email, "set-password?token=")).match(/set-password\?token=(\w+)/)![1];
  await open(page, "/secretariat/outbox?lang=ar");
  const shown = page.locator(`li.message[data-to="${email}"]`).first();
  await expect(shown.locator("pre.message-body")).toContainText("token=••••");
  await expect(shown.locator("pre.message-body")).not.toContainText(emailed);

  // Say the message never arrived: a new link, shown once, ends the emailed one.
  await open(page, "/secretariat/accounts?lang=ar");
  await row.locator("button", { hasText: "إنشاء رابط جديد" }).click();
  await expect(page.locator("[data-testid=fresh-link]")).toContainText(`رابط جديد لـ ${isolated(email)}`);
  const fresh = (await page.locator("[data-testid=fresh-link] code").textContent())!.trim();
  expect(fresh).toMatch(/\/set-password\?token=\w+$/);
  await open(page, "/secretariat/accounts?lang=ar");
  await expect(page.locator("[data-testid=fresh-link]")).toHaveCount(0);
  await signOut(page);

  await open(page, `/set-password?token=${emailed}&lang=ar`);
  await expect(page.locator("main .alert-error")).toBeVisible();
  await open(page, `${new URL(fresh).pathname}${new URL(fresh).search}&lang=ar`);
  await page.locator("#password").fill("زيتون طوباس 2026");
  await page.locator("#password_confirm").fill("زيتون طوباس 2026");
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(/\/sign-in\?password_set=1/);
  await signIn(page, email, "زيتون طوباس 2026", "ar");
  await expect(page.locator("[data-testid=signed-in-as]")).toContainText("سناء دراغمة");
});

test("the public is refused the secretariat's pages and asked to sign in", async ({ page }) => {
  const refused = await page.goto("/secretariat/accounts?lang=en");
  expect(refused!.status()).toBe(403);
  await waitReady(page);
  await expect(page.locator("main .alert-error")).toContainText("Please sign in to continue.");
  await expect(page.locator("[data-testid=accounts-table]")).toHaveCount(0);

  // No secretariat form is shown to the public; the way forward is to sign in and come back.
  expect((await page.goto("/secretariat/conferences/new?lang=fr"))!.status()).toBe(403);
  await waitReady(page);
  await expect(page.locator("main form")).toHaveCount(0);
  await page.locator("main .alert-error a").click();
  await waitReady(page);
  await page.locator("#email").fill(ADMIN_EMAIL);
  await page.locator("#password").fill(ADMIN_PASSWORD);
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(/\/secretariat\/conferences\/new\?lang=fr$/);
  await waitReady(page);
  await expect(page.locator("main form input[name='edition[title_fr]']")).toHaveCount(1);
});

test("a signed-in person ends their sessions on other browsers from their account page", async ({ page, browser }) => {
  // The same secretariat account, signed in on a second browser (a shared office computer).
  const other = await browser.newContext({ javaScriptEnabled: jsEnabled() });
  const elsewhere = await other.newPage();
  await signIn(elsewhere, ADMIN_EMAIL, ADMIN_PASSWORD, "ar");
  await expect(elsewhere.locator("[data-testid=signed-in-as]")).toBeVisible();

  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, "ar");
  await page.locator("[data-testid=signed-in-as]").click();
  await waitReady(page);
  await expect(page.locator("h1")).toHaveText("حسابك");
  await expect(page.locator("[data-testid=own-account]")).toContainText(ADMIN_EMAIL);
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("main .alert-success")).toHaveText("انتهت كل الجلسات الأخرى. ما زلت مسجّلاً هنا.");
  await expect(page.locator("[data-testid=signed-in-as]")).toBeVisible();

  // The other browser is signed out at its next page.
  await elsewhere.goto("/account?lang=en");
  await expect(elsewhere.locator("[data-testid=signed-in-as]")).toHaveCount(0);
  await expect(elsewhere.locator("main .alert-error")).toContainText("Please sign in to continue.");
  await other.close();
});

test("password reset by emailed link", async ({ page }) => {
  // A known account asks for a reset; the answer does not reveal whether the address exists.
  await open(page, "/forgot-password?lang=ar");
  await page.locator("#email").fill("not-an-address");
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("#email-error")).toHaveText("أدخل بريداً إلكترونياً مثل name@city.org.");

  const before = await emailCountTo(ADMIN_EMAIL);
  await page.locator("#email").fill(ADMIN_EMAIL.toUpperCase());
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("main .alert-success")).toContainText("رابط اختيار كلمة مرور جديدة");

  const body = await latestEmailTo(page, ADMIN_EMAIL, "", before);
  expect(body).toContain("Someone asked to reset the password");
  expect(body).toContain(`/set-password?token=`);
});
