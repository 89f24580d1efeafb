import { expect, test } from "@playwright/test";
import { ADMIN_EMAIL, ADMIN_PASSWORD, expectFitsSmallPhone, expectNoLeftToRightBlocks, isolated, open, signIn, unique, waitReady } from "./helpers";

test("the secretariat creates an edition, publishes its agenda, and clones it", async ({ page }, info) => {
  const name = unique("Ramallah", info.project.name);
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, "fr");
  await open(page, "/conferences?lang=fr");
  await page.locator("main a", { hasText: "Nouvelle édition" }).click();
  await waitReady(page);

  // A mistake first: nothing is saved and each field says why.
  await page.locator("#ed-title_fr").fill(`Conférence ${name}`);
  await page.locator("#ed-time_zone").fill("Mars/Olympus");
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("#city-error")).toHaveText("Ce champ est obligatoire.");
  await expect(page.locator("#time_zone-error")).toHaveText("Indiquez un fuseau horaire, par exemple Asia/Hebron.");

  await page.locator("#ed-title_ar").fill(`مؤتمر ${name}`);
  await page.locator("#ed-title_en").fill(`Conference ${name}`);
  await page.locator("#ed-title_fr").fill(`Conférence ${name}`);
  await page.locator("#ed-city").fill("Ramallah");
  await page.locator("#ed-venue").fill("Palais de la culture");
  await page.locator("#ed-time_zone").fill("Asia/Hebron");
  await page.locator("#ed-starts_on").fill("2027-05-10");
  await page.locator("#ed-ends_on").fill("2027-05-12");
  await page.locator("#ed-registration_opens").fill("2027-01-10T09:00");
  await page.locator("#ed-registration_closes").fill("2027-04-30T23:59");
  await page.locator("#ed-capacity").fill("450");
  await page.locator("#ed-delegation_quota").fill("3");
  await expect(page.locator("#ed-observer_quota")).toHaveValue("5");
  await page.locator("#ed-observer_quota").fill("2");
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("h1")).toHaveText(`Conférence ${name}`);
  await expect(page.locator("[data-testid=edition-seats]")).toHaveText(`${isolated("0")} sur ${isolated("450")} confirmées`);
  // Dates as French readers write them; the zone's name is isolated in its sentence.
  const details = page.locator("[data-testid=edition-details]");
  await expect(details).toContainText("10–12 mai 2027");
  await expect(details).toContainText(`dimanche 10 janvier 2027 à 09:00 – vendredi 30 avril 2027 à 23:59 (${isolated("heure de Jérusalem")})`);
  const editionPath = new URL(page.url()).pathname;

  // A session, typed in local time at the venue.
  await page.locator("main a", { hasText: "Ajouter une séance" }).click();
  await waitReady(page);
  // Without JavaScript a refused form comes back empty, so it is filled whole each time.
  const fillSession = async (day: string) => {
    await page.locator("#se-title_ar").fill("الجلسة الافتتاحية");
    await page.locator("#se-title_en").fill("Opening plenary");
    await page.locator("#se-title_fr").fill("Plénière d'ouverture");
    await page.locator("#se-kind").selectOption("plenary");
    await page.locator("#se-room").fill("Grande salle");
    await page.locator("#se-day").fill(day);
    await page.locator("#se-starts").fill("09:30");
    await page.locator("#se-ends").fill("11:00");
    await page.locator("main form button[type=submit]").click();
  };
  await fillSession("2027-05-20");
  await expect(page.locator("#day-error")).toHaveText("Le jour doit être l’un des jours de l’édition.");
  await fillSession("2027-05-10");
  await expect(page.locator("h1")).toHaveText(`Conférence ${name}`);
  const day = page.locator("section.agenda-day[data-day='2027-05-10']");
  await expect(day.locator("h3 time")).toHaveText("lundi 10 mai 2027");
  await expect(day.locator("h3 time")).toHaveAttribute("datetime", "2027-05-10");
  await expect(day).toContainText("09:30–11:00");
  await expect(day).toContainText("Plénière d'ouverture");
  await expect(day).toContainText("Plénière");

  // Every reader sees the agenda in their language, with the venue's time.
  await open(page, `${editionPath}?lang=ar`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("section.agenda-day")).toContainText("الجلسة الافتتاحية");
  await expectNoLeftToRightBlocks(page);
  await expect(page.locator("main")).toContainText(`الأوقات بالتوقيت المحلي لمكان الانعقاد (${isolated("بتوقيت القدس")})`);
  const ics = await page.request.get(`${editionPath}/calendar.ics?lang=ar`);
  expect(ics.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const body = await ics.text();
  expect(body).toContain("SUMMARY:الجلسة الافتتاحية\r\n");
  expect(body).toContain("DTSTART:20270510T063000Z\r\n");

  // On a small phone the agenda is a list of cards, and neither the edition nor its
  // application form scrolls sideways.
  await expectFitsSmallPhone(page, [`${editionPath}?lang=fr`, `${editionPath}/apply?lang=ar`, `${editionPath}?lang=ar`]);
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(page.locator(".agenda thead").first()).toBeHidden();
  await expect(page.locator(".agenda tr").first()).toHaveCSS("display", "block");
  await page.setViewportSize({ width: 1280, height: 720 });

  // The next edition starts from this one, a year later, agenda included.
  await open(page, `${editionPath}?lang=en`);
  await page.locator("#clone-starts_on").fill("2028-05-08");
  await page.locator("main form:has(#clone-starts_on) button[type=submit]").click();
  await expect(page.locator("h1")).toHaveText("Edit the edition");
  await expect(page.locator("#ed-starts_on")).toHaveValue("2028-05-08");
  await expect(page.locator("#ed-observer_quota")).toHaveValue("2");
  await page.locator("#ed-title_en").fill(`Conference ${name} 2028`);
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("h1")).toHaveText(`Conference ${name} 2028`);
  await expect(page.locator("section.agenda-day[data-day='2028-05-08']")).toContainText("Opening plenary");

  await open(page, "/conferences?lang=en");
  await expect(page.locator("[data-testid=upcoming-editions]")).toContainText(`Conference ${name} 2028`);
});
