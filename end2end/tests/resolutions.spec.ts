import { expect, test } from "@playwright/test";
import { ADMIN_EMAIL, ADMIN_PASSWORD, emailCountTo, isolated, latestEmailTo, memberWithFocalPoint, open, signIn, signOut, unique, waitReady } from "./helpers";

const FOCAL_PASSWORD = "jumelage Tanger Al-Quds 2026";

test("the secretariat drafts a recommendation in Arabic, a focal point comments, it is adopted, published and amended, and a citizen finds it from the home page", async ({ page }, info) => {
  const reference = unique("R", info.project.name).toUpperCase();
  const focalEmail = `focal.${reference.toLowerCase()}@tanger.example.ma`;
  const title = `توصية ${reference} بشأن شبكة النقل في الخليل`;
  const body = "يوصي المؤتمر بدعم **شبكة النقل** في الخليل.";
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, "fr");
  await memberWithFocalPoint(page, `Ville de ${reference}`, focalEmail, FOCAL_PASSWORD);

  // 0. The secretariat adds a theme to the shared list (a mistake first).
  const slug = `lighting-${reference.toLowerCase()}`;
  await open(page, "/secretariat/themes?lang=ar");
  await page.locator("#th-slug").fill("إنارة");
  await page.locator("#th-name_ar").fill(`الإنارة العامة ${reference}`);
  await page.locator("#th-name_en").fill(`Street lighting ${reference}`);
  await page.locator("#th-name_fr").fill(`Éclairage public ${reference}`);
  await page.locator("[data-testid=save-theme]").click();
  await expect(page.locator("#slug-error")).toHaveText("استخدم أحرفًا لاتينية صغيرة وأرقامًا وشرطات فقط، مثل roads-transport.");
  await expect(page.locator("#th-name_en")).toHaveValue(`Street lighting ${reference}`);
  await page.locator("#th-slug").fill(slug);
  await page.locator("[data-testid=save-theme]").click();
  await expect(page.locator("[data-testid=themes-table]")).toContainText(`الإنارة العامة ${reference}`);

  // 1. The secretariat drafts it in Arabic, with a mistake first: nothing is saved, the field
  //    says why, and what was typed is still there.
  await open(page, "/resolutions?lang=ar");
  await page.locator("main a", { hasText: "نص جديد" }).click();
  await waitReady(page);
  await page.locator("#tx-reference").fill(reference);
  await page.locator("#tx-body_ar").fill(body);
  await page.getByLabel("الطرق والنقل").check();
  await page.getByLabel(`الإنارة العامة ${reference}`).check();
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("#title_ar-error")).toHaveText("اللغة المعتمدة تحتاج إلى عنوانها ونصها.");
  await expect(page.locator("[data-testid=problem-summary] a[href='#tx-title_ar']")).toBeVisible();
  await expect(page.locator("#tx-reference")).toHaveValue(reference);
  await expect(page.locator("#tx-body_ar")).toHaveValue(body);
  await expect(page.getByLabel("الطرق والنقل")).toBeChecked();
  await page.locator("#tx-title_ar").fill(title);
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("main h1")).toHaveText(title);
  await expect(page.locator("[data-testid=text-state]")).toHaveText("مسودة");
  await expect(page.locator("[data-testid=text-body] strong")).toHaveText("شبكة النقل");
  const textPath = new URL(page.url()).pathname;
  expect(textPath).toMatch(/^\/resolutions\/\d+$/);

  // A draft does not exist for anyone else.
  await signOut(page);
  expect((await page.request.get(`${textPath}?lang=en`)).status()).toBe(404);

  // 2. The French translation, then open for comment.
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, "ar");
  await open(page, `${textPath}?lang=ar`);
  await page.locator("main a", { hasText: "عدّل المسودة" }).click();
  await waitReady(page);
  await page.locator("#tx-title_fr").fill(`Recommandation ${reference} sur le réseau de transport d'Hébron`);
  await page.locator("#tx-body_fr").fill("La conférence recommande de soutenir le **réseau de transport** d'Hébron.");
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("main h1")).toHaveText(title);
  await page.locator("[data-testid=move-open_for_comment]").click();
  await expect(page.locator("[data-testid=text-state]")).toHaveText("مفتوح للتعليق");
  await signOut(page);

  // 3. The focal point reads the French translation, marked as one, and comments for its member.
  await signIn(page, focalEmail, FOCAL_PASSWORD, "fr");
  await open(page, `${textPath}?lang=fr`);
  await expect(page.locator("main h1")).toHaveText(`Recommandation ${reference} sur le réseau de transport d'Hébron`);
  await expect(page.locator("[data-testid=authority-note]")).toHaveText(
    `Traduction. Le texte qui fait foi est en ${isolated("العربية")}. Lire l'original`,
  );
  await page.locator("#body").fill("Nous proposons d'ajouter l'éclairage public.");
  await page.locator("[data-testid=send-comment]").click();
  await expect(page.locator("[data-testid=comments]")).toContainText("Nous proposons d'ajouter l'éclairage public.");
  await expect(page.locator("[data-testid=comments]")).toContainText(`Ville de ${reference}`);
  await expect(page.locator("[data-testid=manage-text]")).toHaveCount(0);
  await signOut(page);

  // 4. The secretariat records the adoption with its vote, and publishes: the focal point is told.
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, "ar");
  await open(page, `${textPath}?lang=ar`);
  await expect(page.locator("[data-testid=comments]")).toContainText("Nous proposons d'ajouter l'éclairage public.");
  await page.locator("#ad-adopted_on").fill("2027-05-12");
  await page.locator("#ad-adopting_body").fill("المؤتمر العام الثاني");
  await page.locator("#ad-votes_for").fill("118");
  await page.locator("[data-testid=adopt-text]").click();
  await expect(page.locator("#votes_against-error")).toHaveText("أدخل الأعداد الثلاثة أرقامًا صحيحة، أو اترك الثلاثة فارغة.");
  await expect(page.locator("#ad-adopting_body")).toHaveValue("المؤتمر العام الثاني");
  await page.locator("#ad-votes_against").fill("2");
  await page.locator("#ad-votes_abstaining").fill("5");
  await page.locator("[data-testid=adopt-text]").click();
  await expect(page.locator("[data-testid=text-state]")).toHaveText("معتمد");
  const mailsBefore = await emailCountTo(focalEmail);
  await page.locator("[data-testid=move-published]").click();
  await expect(page.locator("[data-testid=text-state]")).toHaveText("منشور");
  const announced = await latestEmailTo(page, focalEmail, reference, mailsBefore);
  expect(announced).toContain("Le réseau a publié");
  expect(announced).toContain(textPath);

  // 5. An amendment: a new version, with its note; the first stays and the two compare.
  await page.locator("main a", { hasText: "عدّل النص" }).click();
  await waitReady(page);
  await page.locator("#tx-body_ar").fill("يوصي المؤتمر بدعم **شبكة النقل** والإنارة العامة في الخليل.");
  await page.locator("#tx-note").fill("أضيفت الإنارة العامة بناءً على تعليق الأعضاء.");
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("[data-testid=versions] li")).toHaveCount(2);
  await signOut(page);

  // 6. A citizen, in English, finds it from the home page in two clicks and sees what became of it.
  await open(page, "/?lang=en");
  await page.locator("main .card a", { hasText: "Resolutions" }).click();
  await waitReady(page);
  await page.locator("[data-testid=texts] a", { hasText: reference }).click();
  await waitReady(page);
  expect(new URL(page.url()).pathname).toBe(textPath);
  await expect(page.locator("[data-testid=text-state]")).toHaveText("Published");
  await expect(page.locator("[data-testid=text-vote]")).toHaveText(
    `${isolated("118")} for, ${isolated("2")} against, ${isolated("5")} abstentions`,
  );
  // No English translation yet: the authoritative Arabic, in its own direction.
  await expect(page.locator("[data-testid=text-body]")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("[data-testid=comments]")).toHaveCount(0);
  await page.locator("[data-testid=versions] a", { hasText: "compare with the previous version" }).click();
  await waitReady(page);
  await expect(page.locator("[data-testid=compare-ar] ins")).toContainText(["والإنارة"]);
});
