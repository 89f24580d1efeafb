import { expect, test } from "@playwright/test";
import { ADMIN_EMAIL, ADMIN_PASSWORD, expectNoLeftToRightBlocks, isolated, jsEnabled, latestEmailTo, open, signIn, signOut, waitReady } from "./helpers";

// Each project (JavaScript on, and off) applies for its own municipality.
const towns = {
  js: { arabic: "بلدية بيت ساحور", latin: "Baladiyat Beit Sahour", search: "بيت ساحور" },
  "no-js": { arabic: "بلدية بيت جالا", latin: "Baladiyat Beit Jala", search: "بَيْت جالا" },
};

test("a municipality applies in Arabic, is approved in English, and is listed in French", async ({ page }, info) => {
  const town = towns[info.project.name as keyof typeof towns];
  const focalEmail = `focal-${info.project.name}@${town.latin.split(" ").pop()!.toLowerCase()}.example.ps`;

  // 1. The application, in Arabic, with a mistake first: nothing is stored, every field says why.
  await open(page, "/membership/apply?lang=ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.locator("#app-official_name").fill(town.arabic);
  await page.locator("#app-focal_email").fill("not-an-email");
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("#focal_email-error")).toHaveText("أدخل بريداً إلكترونياً مثل name@city.org.");
  await expect(page.locator("#kind-error")).toHaveText("اختر أحد الخيارات.");
  await expect(page.locator("main .alert-error")).toContainText("لم يُحفظ شيء");
  // As GOV.UK's: the summary takes focus, is the one announcement, and links to each field,
  // which says it is refused and why.
  const summary = page.locator("[data-testid=problem-summary]");
  await expect(summary).toBeFocused();
  await expect(page.locator("main [role=alert]")).toHaveCount(1);
  const emailLink = summary.locator('a[href="#app-focal_email"]');
  await expect(emailLink).toHaveText("أدخل بريداً إلكترونياً مثل name@city.org.");
  const email = page.locator("#app-focal_email");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  expect((await email.getAttribute("aria-describedby"))?.split(" ")).toContain("focal_email-error");
  await expect(page.locator("#app-official_name")).not.toHaveAttribute("aria-invalid", "true");
  expect((await page.locator("#app-official_name").getAttribute("aria-describedby"))?.split(" ")).toEqual(["app-official_name-hint"]);
  // Nothing typed is lost, JavaScript or not, and none of it travels in the address.
  await expect(page.locator("#app-official_name")).toHaveValue(town.arabic);
  await expect(email).toHaveValue("not-an-email");
  expect(decodeURIComponent(page.url())).not.toContain("not-an-email");
  // The link moves focus to the field; with JavaScript its label comes into view too.
  await emailLink.click();
  await expect(email).toBeFocused();
  if (jsEnabled()) await expect(page.locator('label[for="app-focal_email"]')).toBeInViewport();

  const fill = async () => {
    await page.locator("#app-kind").selectOption("municipality");
    await page.locator("#app-official_name").fill(town.arabic);
    await page.locator("#app-latin_name").fill(town.latin);
    await page.locator("#app-country").selectOption("PS");
    await page.locator("#app-region").fill("محافظة بيت لحم");
    await page.locator("#app-population").fill("13,000");
    await page.locator("#app-head_name").fill("سلامة حداد");
    await page.locator("#app-head_title").fill("رئيس البلدية");
    await page.locator("#app-focal_name").fill("ريم خوري");
    await page.locator("#app-focal_email").fill(focalEmail);
    await page.locator("#app-focal_phone").fill("+970 2 277 0000");
    await page.locator("#app-focal_language").selectOption("ar");
    await page.locator("#app-motivation").fill("نرغب في التعاون مع مدن الشبكة في التراث والشباب.");
    await page.locator("main form button[type=submit]").click();
  };
  await fill();
  await expect(page.locator("main .alert-success")).toContainText("تم استلام طلبكم");

  // 2. The same authority again is refused, without naming the pending application to the public.
  await open(page, "/membership/apply?lang=ar");
  await fill();
  await expect(page.locator("main .alert-error")).toContainText("يوجد طلب سابق لهذه السلطة");
  await expect(page.locator("main .alert-error")).not.toContainText(town.latin);

  // 3. The secretariat approves, in English, with a reason.
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  await open(page, "/secretariat/applications?lang=en");
  await page.locator("[data-testid=applications-table] a", { hasText: town.arabic }).click();
  await expect(page.locator("h1")).toHaveText(town.arabic);
  await expect(page.locator("[data-testid=review-state]")).toHaveText("Waiting for review");
  await page.locator("input[name=decision][value=approve]").check();
  await page.locator("#reason").fill("Welcome to the network.");
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("[data-testid=review-state]")).toHaveText("Approved");

  // The member list downloads as CSV (UTF-8 with BOM) for the secretariat.
  const csv = await page.request.get("/secretariat/members.csv?lang=en");
  expect(csv.status()).toBe(200);
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString("utf8")).toContain(town.arabic);

  // 4. The focal point sets a password from the invitation (in Arabic) and signs in.
  const invitation = await latestEmailTo(page, focalEmail, "set-password?token=");
  const link = invitation.match(/https?:\/\/\S+\/set-password\?token=\w+/)?.[0];
  expect(link).toBeTruthy();
  await signOut(page);
  const url = new URL(link!);
  await open(page, `${url.pathname}${url.search}`);
  await page.locator("#password").fill("زيتون وزعتر 2026");
  await page.locator("#password_confirm").fill("زيتون وزعتر 2026");
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(/password_set=1/);
  await signIn(page, focalEmail, "زيتون وزعتر 2026", "ar");
  await expect(page.locator("[data-testid=signed-in-as]")).toContainText("ريم خوري · جهة اتصال العضو");

  // The focal point edits the profile: a new head of the authority, in Arabic.
  await open(page, "/members?lang=ar");
  // Names and their Latin transliterations are isolated, so neither reorders the line around them.
  const card = page.locator("[data-testid=directory] li", { hasText: town.arabic });
  await expect(card.locator("h2 bdi")).toHaveText(town.arabic);
  await expect(card.locator("p.secondary bdi")).toContainText(town.latin);
  await page.locator("[data-testid=directory] a", { hasText: town.arabic }).click();
  await expect(page.locator("h1")).toHaveText(town.arabic);
  await page.locator("main a", { hasText: "تعديل الملف" }).click();
  await waitReady(page);
  await expect(page.locator("#app-head_name")).toHaveValue("سلامة حداد");
  // Only the secretariat changes the kind and the country.
  await expect(page.locator("#app-country")).toHaveCount(0);
  await page.locator("#app-head_name").fill("");
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("#head_name-error")).toBeVisible();
  await page.locator("#app-head_name").fill("ميساء سلامة");
  await page.locator("#app-head_title").fill("رئيسة البلدية");
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("main .alert-success")).toHaveText("حُفظ الملف.");
  await expect(page.locator("[data-testid=member-head]")).toHaveText("ميساء سلامة — رئيسة البلدية");

  // The focal point prints a membership certificate, in Arabic, with its verification address.
  await page.locator("main form button[type=submit]", { hasText: "إصدار شهادة عضوية" }).click();
  await expect(page).toHaveURL(/\/certificates\/\w+$/);
  const certificate = page.locator("[data-testid=certificate]");
  await expect(certificate).toContainText("شهادة عضوية");
  await expect(certificate).toContainText(`نشهد بأن ${isolated(town.arabic)} (${isolated("فلسطين")}) عضو`);
  const certificateUrl = page.url();
  await expect(certificate).toContainText(certificateUrl);
  await expectNoLeftToRightBlocks(page);
  // On paper it fills the A4 page (258 mm of frame, 975 px at 96 dpi) and ends with room for
  // the signature and the seal.
  await page.emulateMedia({ media: "print" });
  await expect(certificate.locator(".signature-and-seal")).toContainText("الختم");
  expect((await certificate.boundingBox())!.height).toBeGreaterThan(900);
  await page.emulateMedia({ media: "screen" });
  await signOut(page);

  // Anyone can verify it, in their language.
  await open(page, `${new URL(certificateUrl).pathname}?lang=fr`);
  await expect(page.locator("[data-testid=verification]")).toContainText("Ce certificat est authentique");
  await open(page, "/certificates/forged0000?lang=fr");
  await expect(page.locator("main .alert-error")).toContainText("introuvable");

  // 5. The member is in the French public directory, and an Arabic search finds it.
  await open(page, "/members?lang=fr");
  await expect(page.locator("[data-testid=directory]")).toContainText(town.latin);
  await page.locator("#dir-q").fill(town.search);
  await page.locator("form[role=search] button[type=submit]").click();
  await expect(page.locator("[data-testid=directory-count]")).toHaveText(`${isolated("1")} membre`);
  await page.locator("[data-testid=directory] a", { hasText: town.latin }).click();
  await expect(page.locator("h1")).toHaveText(town.latin);
  await expect(page.locator("main")).toContainText("Membre actif · à jour");
  await expect(page.locator("[data-testid=member-head]")).toContainText("ميساء سلامة");
  // The focal point's contact is for signed-in members only.
  await expect(page.locator("main")).not.toContainText(focalEmail);

  // The public directory is also data.
  const json = await (await page.request.get("/members.json")).json();
  expect(json.map((m: { latin_name: string }) => m.latin_name)).toContain(town.latin);
});

test("the secretariat suspends a member with a reason and reinstates it", async ({ page }, info) => {
  const town = towns[info.project.name as keyof typeof towns];
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, "fr");
  await open(page, "/members?lang=fr");
  await page.locator("#dir-q").fill(town.latin);
  await page.locator("form[role=search] button[type=submit]").click();
  await expect(page.locator("[data-testid=directory-count]")).toHaveText(`${isolated("1")} membre`);
  await page.locator("[data-testid=directory] a", { hasText: town.latin }).click();
  await expect(page.locator("h1")).toHaveText(town.latin);
  const memberPath = new URL(page.url()).pathname;
  const standingForm = page.locator("main form:has(#standing-reason)");

  // Without a reason nothing changes and the form says why.
  await page.locator("input[name=change][value=suspend]").check();
  await standingForm.locator("button[type=submit]").click();
  await expect(page.locator("#reason-error")).toHaveText("Indiquez le motif : il est enregistré et envoyé au point focal.");
  await expect(page.locator("[data-testid=member-standing]")).toContainText("Membre actif");

  await page.locator("input[name=change][value=suspend]").check();
  await page.locator("#standing-reason").fill("Cotisation 2026 impayée");
  await standingForm.locator("button[type=submit]").click();
  await expect(page.locator("[data-testid=member-standing]")).toHaveText("Suspendu");
  await expect(page.locator("[data-testid=standing-history]")).toContainText("Cotisation 2026 impayée");

  // The public activity says that the member was suspended, never why.
  await open(page, "/activity?lang=fr");
  await expect(page.locator("main")).toContainText(town.latin);
  await expect(page.locator("main")).not.toContainText("Cotisation 2026 impayée");
  // Each entry names its action in the reader's language; the summary says it is English.
  const entry = page.locator(".activity-list li", { hasText: town.latin }).first();
  await expect(entry).toContainText("Membre suspendu");
  await expect(entry.locator("span[lang=en]")).toContainText(town.latin);
  await open(page, "/activity?lang=ar");
  await expect(page.locator(".activity-list li", { hasText: town.latin }).first()).toContainText("تعليق عضوية");

  // The focal point is told, in Arabic.
  const focalEmail = `focal-${info.project.name}@${town.latin.split(" ").pop()!.toLowerCase()}.example.ps`;
  const notice = await latestEmailTo(page, focalEmail, "معلّقة عضويته");
  expect(notice).toContain("معلّقة عضويته");
  expect(notice).toContain("Cotisation 2026 impayée");

  // A suspended member is not listed in the directory, but its page stays.
  await open(page, "/members?lang=fr");
  await expect(page.locator("[data-testid=directory-count]")).toBeVisible();
  await expect(page.locator("[data-testid=directory]")).not.toContainText(town.latin);

  // Reinstated: active and in good standing again.
  await open(page, `${memberPath}?lang=fr`);
  await expect(page.locator("input[name=change][value=reinstate]")).toBeChecked();
  await page.locator("#standing-reason").fill("Cotisation réglée");
  await standingForm.locator("button[type=submit]").click();
  await expect(page.locator("[data-testid=member-standing]")).toHaveText("Membre actif · à jour");
  await expect(page.locator("[data-testid=standing-history] li")).toHaveCount(2);
});
