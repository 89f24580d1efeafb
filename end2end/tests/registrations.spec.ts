import { expect, test, type Page } from "@playwright/test";
import { ADMIN_EMAIL, ADMIN_PASSWORD, editionOpenForRegistration, emailCountTo, isolated, localDay, latestEmailTo, memberWithFocalPoint, open, signIn, signOut, unique, waitReady } from "./helpers";

const FOCAL_PASSWORD = "jumelage Lyon Hébron 2026";

/** Sets up, through the server functions the secretariat's pages use, an edition with
 * registration open and two seats, and a member whose focal point has a password. (Those pages
 * have their own tests.) */
async function editionAndFocalPoint(page: Page, name: string, focalEmail: string) {
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, "fr");
  const editionPath = await editionOpenForRegistration(page, name);
  await memberWithFocalPoint(page, `Ville de ${name}`, focalEmail, FOCAL_PASSWORD);
  await signOut(page);
  return editionPath;
}

test("a focal point registers a delegation in French; a cancellation promotes the waitlist; the secretariat issues a visa letter and checks a delegate in", async ({ page }, info) => {
  const name = unique("Lyon", info.project.name);
  const mail = (who: string) => `${who}.${name.toLowerCase()}@delegates.example.fr`;
  const editionPath = await editionAndFocalPoint(page, name, `focal.${name.toLowerCase()}@lyon.example.fr`);

  // The focal point registers its delegation, in French.
  await signIn(page, `focal.${name.toLowerCase()}@lyon.example.fr`, FOCAL_PASSWORD, "fr");
  await open(page, `${editionPath}?lang=fr`);
  await page.locator("main a", { hasText: "Inscrire notre délégation" }).click();
  await waitReady(page);
  await expect(page.locator("h1")).toHaveText("Inscrire notre délégation");

  const addDelegate = async (fullName: string, email: string, role: string, visa?: Record<string, string>) => {
    await page.locator("#dl-full_name").fill(fullName);
    await page.locator("#dl-email").fill(email);
    await page.locator("#dl-role").selectOption(role);
    await page.locator("#dl-language").selectOption("fr");
    await page.locator("input[name='delegate[consent]'][value=public]").check();
    if (visa) {
      await page.locator("#dl-visa_letter").check();
      for (const [field, value] of Object.entries(visa)) await page.locator(`#dl-${field}`).fill(value);
    }
    await page.locator("main form:has(#dl-full_name) button[type=submit]").click();
  };
  // A mistake first: nothing is registered and the field says why.
  await addDelegate("", mail("claire"), "head");
  await expect(page.locator("#full_name-error")).toHaveText("Saisissez un nom.");
  await expect(page.locator("[data-testid=delegate-row]")).toHaveCount(0);

  await addDelegate("Claire Martin", mail("claire"), "head");
  await expect(page.locator("[data-testid=delegate-row]")).toHaveCount(1);
  await addDelegate("Omar Haddad", mail("omar"), "voting", {
    passport_name: "HADDAD OMAR",
    passport_number: "19AB12345",
    nationality: "FR",
    birth_date: "1980-04-12",
    passport_expiry: "2032-01-01",
  });
  await expect(page.locator("[data-testid=delegate-row]")).toHaveCount(2);
  await addDelegate("Léa Petit", mail("lea"), "observer");
  const rows = page.locator("[data-testid=delegate-row]");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText("Confirmée");
  await expect(rows.nth(1)).toContainText("Confirmée");
  await expect(rows.nth(2)).toContainText(`Sur liste d'attente · rang ${isolated("1")}`);
  await expect(page.locator("[data-testid=delegation-counts]")).toHaveText(
    `Chef de délégation : ${isolated("1")} sur 1 · délégués votants : ${isolated("1")} sur ${isolated("2")}`,
  );
  // A second head is refused.
  await addDelegate("Paul Durand", mail("paul"), "head");
  await expect(page.locator("#role-error")).toHaveText("Cette délégation a déjà un chef de délégation.");
  await expect(rows).toHaveCount(3);
  await signOut(page);

  // The head of delegation cancels from the personal link in the confirmation email.
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, "fr");
  const confirmation = await latestEmailTo(page, mail("claire"), "est confirmée");
  expect(confirmation).toContain("est confirmée");
  const link = confirmation.match(/https?:\/\/\S+\/registrations\/\w+/)?.[0];
  expect(link).toBeTruthy();
  await signOut(page);
  await open(page, `${new URL(link!).pathname}?lang=fr`);
  await expect(page.locator("h1")).toHaveText("Mon inscription");
  await expect(page.locator("[data-testid=registration-state]")).toHaveText("Confirmée");
  await page.locator("[data-testid=cancel-registration]").click();
  await expect(page.locator("[data-testid=registration-state]")).toHaveText("Annulée");

  // The first on the waitlist took the seat and was told.
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, "fr");
  const promoted = await latestEmailTo(page, mail("lea"), "s'est libérée");
  expect(promoted).toContain("s'est libérée et elle est pour vous");
  await open(page, `/secretariat${editionPath}/registrations?lang=fr`);
  const lea = page.locator(`[data-testid=registration-row][data-email="${mail("lea")}"]`);
  await expect(lea).toContainText("Confirmée");
  await expect(page.locator(`[data-testid=registration-row][data-email="${mail("claire")}"]`)).toContainText("Annulée");

  // The secretariat issues the visa letter Omar asked for, in French.
  const omar = page.locator(`[data-testid=registration-row][data-email="${mail("omar")}"]`);
  await expect(omar).toContainText("Demandée");
  await omar.locator("select[name=language]").selectOption("fr");
  await omar.locator("button", { hasText: "Délivrer la lettre" }).click();
  await expect(page.locator("[data-testid=letter] h1")).toHaveText("Lettre d'invitation");
  await expect(page.locator("[data-testid=letter]")).toContainText("HADDAD OMAR");
  await expect(page.locator("[data-testid=letter]")).toContainText("19AB12345");
  await expect(page.locator("[data-testid=letter-verification]")).toContainText("authentique");
  const letterUrl = page.url();
  await signOut(page);
  // Anyone holding the letter's address (an embassy) can verify it.
  await open(page, new URL(letterUrl).pathname);
  await expect(page.locator("[data-testid=letter]")).toContainText("HADDAD OMAR");
  // Printed, the letter ends with room to sign and stamp, labelled in the letter's language
  // even when the page around it is in Arabic; the site's header stays off the paper.
  await open(page, `${new URL(letterUrl).pathname}?lang=ar`);
  await page.emulateMedia({ media: "print" });
  const foot = page.locator("[data-testid=letter] .signature-and-seal");
  await expect(foot).toBeVisible();
  await expect(foot).toContainText("Cachet");
  await expect(foot).toHaveAttribute("lang", "fr");
  await expect(page.locator(".site-header")).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  // At the desk: Omar's badge code, typed once, then scanned again.
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, "fr");
  await open(page, `/secretariat${editionPath}/badges?lang=fr`);
  const badge = page.locator(".badge-card", { hasText: "Omar Haddad" });
  await expect(badge.locator("svg")).toHaveCount(1);
  const code = (await badge.locator(".badge-code").textContent())!.trim();
  await open(page, `/secretariat${editionPath}/checkin?lang=fr`);
  await page.locator("#checkin-code").fill(code.toLowerCase());
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("[data-testid=checkin-result]")).toContainText("Présence enregistrée.");
  await expect(page.locator("[data-testid=checkin-result]")).toContainText("Omar Haddad");
  await open(page, `/secretariat${editionPath}/checkin?lang=fr&code=${code}`);
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("[data-testid=checkin-result]")).toContainText("Présence déjà enregistrée.");
  await open(page, `/secretariat${editionPath}/registrations?lang=fr`);
  await expect(omar).toContainText("Présent");

  // The public participant list shows those who agreed, in Arabic too.
  await signOut(page);
  await open(page, `${editionPath}/participants?lang=ar`);
  await expect(page.locator("[data-testid=participants]")).toContainText("Omar Haddad");
  await expect(page.locator("[data-testid=participants]")).toContainText("مراقب");
  await expect(page.locator("[data-testid=participants]")).not.toContainText("Claire Martin");
});

test("a journalist applies in Arabic, is approved, and builds a personal calendar from the emailed link", async ({ page }, info) => {
  const name = unique("Press", info.project.name);
  const email = `${name.toLowerCase()}@press.example.ps`;
  const editionPath = await editionAndFocalPoint(page, name, `focal.${name.toLowerCase()}@lyon.example.fr`);
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, "en");
  const session = await page.request.post(`/api/add_session`, {
    form: {
      edition_id: editionPath.split("/").pop()!,
      "session[title_ar]": "ورشة التراث والشباب",
      "session[title_en]": "Heritage and youth workshop",
      "session[title_fr]": "Atelier patrimoine et jeunesse",
      "session[kind]": "workshop",
      "session[day]": localDay(90),
      "session[starts]": "10:00",
      "session[ends]": "12:00",
    },
    maxRedirects: 0,
  });
  expect(session.status()).toBeLessThan(400);
  await signOut(page);

  // The application, in Arabic, with a mistake first.
  await open(page, `${editionPath}?lang=ar`);
  await page.locator("main a", { hasText: "طلب المشاركة" }).click();
  await waitReady(page);
  const fill = async (organisation: string) => {
    await page.locator("#dl-full_name").fill("دانة صالح");
    await page.locator("#dl-email").fill(email);
    await page.locator("#dl-organisation").fill(organisation);
    await page.locator("#dl-language").selectOption("ar");
    await page.locator("input[name='delegate[consent]'][value=delegates]").check();
    await page.locator("main form button[type=submit]").click();
  };
  await fill("");
  await expect(page.locator("#organisation-error")).toHaveText("هذا الحقل مطلوب.");
  await fill("جريدة الأيام");
  await expect(page.locator("[data-testid=applied]")).toContainText("وصلنا طلبك");

  // The secretariat approves, in English.
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, "en");
  await open(page, `/secretariat${editionPath}/registrations?lang=en`);
  const row = page.locator(`[data-testid=registration-row][data-email="${email}"]`);
  await expect(row).toContainText("Awaiting approval");
  await row.locator("button", { hasText: "Approve" }).click();
  await expect(row).toContainText("Confirmed");
  const received = await latestEmailTo(page, email, "تأكّد تسجيلك");
  await signOut(page);

  // The first email carried the personal link; the person chooses a session.
  expect(received).toContain("تأكّد تسجيلك");
  const first = await latestEmailTo(page, email, "/registrations/");
  const link = first.match(/https?:\/\/\S+\/registrations\/\w+/)?.[0];
  expect(link).toBeTruthy();
  await open(page, `${new URL(link!).pathname}?lang=ar`);
  await expect(page.locator("[data-testid=registration-state]")).toHaveText("مؤكَّد");
  await page.locator("#sessions button", { hasText: "إضافة إلى تقويمي" }).click();
  await expect(page.locator("#sessions button", { hasText: "إزالة من تقويمي" })).toHaveCount(1);
  const feed = await page.locator("[data-testid=personal-calendar]").getAttribute("href");
  const ics = await (await page.request.get(feed!)).text();
  expect(ics).toContain("SUMMARY:ورشة التراث والشباب\r\n");

  // Fearing the link was seen, she asks for a new one: the old link and feed stop at once, and
  // the new link goes only to her email (the page does not show it), where it opens the same
  // registration.
  const mailsBefore = await emailCountTo(email);
  await page.locator("[data-testid=renew-link]").click();
  await expect(page.locator("[data-testid=link-renewed]")).toContainText("أرسلنا رابطًا شخصيًا جديدًا");
  await expect(page.locator("main h1")).toHaveText("تفقّد بريدك الإلكتروني");
  expect(new URL(page.url()).pathname).toBe("/registrations/link-sent");
  expect((await page.request.get(feed!)).status()).toBe(404);
  const renewal = await latestEmailTo(page, email, "طلبت رابطًا شخصيًا جديدًا", mailsBefore);
  const renewedPath = new URL(renewal.match(/https?:\/\/\S+\/registrations\/\w+/)![0]).pathname;
  expect(renewedPath).not.toBe(new URL(link!).pathname);
  await open(page, `${renewedPath}?lang=ar`);
  await expect(page.locator("[data-testid=registration-state]")).toHaveText("مؤكَّد");
  const newFeed = await page.locator("[data-testid=personal-calendar]").getAttribute("href");
  expect(newFeed).not.toBe(feed);
  expect(await (await page.request.get(newFeed!)).text()).toContain("SUMMARY:ورشة التراث والشباب\r\n");
  await open(page, `${new URL(link!).pathname}?lang=ar`);
  await expect(page.locator("[data-testid=renew-link]")).toHaveCount(0);
});
