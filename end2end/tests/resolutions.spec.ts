import { expect, test } from "@playwright/test";
import { ADMIN_EMAIL, ADMIN_PASSWORD, emailCountTo, isolated, latestEmailTo, memberWithFocalPoint, open, signIn, signOut, unique, waitReady } from "./helpers";

const FOCAL_PASSWORD = "jumelage Tanger Al-Quds 2026";

test("the secretariat drafts a recommendation in Arabic, a focal point comments, it is adopted, published and amended, and a citizen finds it from the home page", async ({ page }, info) => {
  // The whole path of a text, from its draft to its implementation tracked in public.
  test.setTimeout(240_000);
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
  // Adopted at a conference edition (the conference tests made some).
  await page.locator("#ad-edition_id").selectOption({ index: 1 });
  const adoptingEdition = await page.locator("#ad-edition_id").inputValue();
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

  // 6. The plan: an action assigned to the member, with a mistake first (due before it starts).
  await open(page, `${textPath}?lang=ar`);
  await expect(page.locator("[data-testid=implementation]")).toContainText("لم يُخطَّط أي إجراء لهذا النص بعد.");
  await page.locator("main a", { hasText: "أضف إجراءً" }).click();
  await waitReady(page);
  const actionTitle = `إنارة شارع الشهداء ${reference}`;
  await page.locator("#ac-title_ar").fill(actionTitle);
  await page.locator("#ac-responsible").selectOption("member");
  await page.locator("#ac-member_id").selectOption({ label: `Ville de ${reference}` });
  await page.locator("#ac-progress").fill("10");
  const externalId = `EXT-${reference}`;
  await page.locator("#ac-external_id").fill(externalId);
  await page.locator("#ac-starts_on").fill("2027-06-01");
  await page.locator("#ac-due_on").fill("2027-01-01");
  // The adopting edition is ticked; the action is renewed at another one too.
  await expect(page.locator("#ac-editions input:checked")).toHaveCount(1);
  await expect(page.locator("#ac-editions input:checked")).toHaveValue(adoptingEdition);
  const renewing = page.locator("#ac-editions input:not(:checked)").first();
  const renewingEdition = (await renewing.getAttribute("value"))!;
  await renewing.check();
  await page.locator("[data-testid=save-action]").click();
  await expect(page.locator("#due_on-error")).toHaveText("لا يمكن أن يسبق موعد الإنجاز تاريخ البدء.");
  await expect(page.locator("#ac-title_ar")).toHaveValue(actionTitle);
  await expect(page.locator("#ac-progress")).toHaveValue("10");
  await expect(page.locator("#ac-editions input:checked")).toHaveCount(2);
  await page.locator("#ac-due_on").fill("2027-12-31");
  await page.locator("[data-testid=save-action]").click();
  await expect(page.locator("main h1")).toHaveText(actionTitle);
  const actionPath = new URL(page.url()).pathname;
  expect(actionPath).toMatch(/^\/resolutions\/actions\/\d+$/);
  await expect(page.locator("[data-testid=action-details]")).toContainText(`Ville de ${reference}`);
  await expect(page.locator("[data-testid=action-details] [data-testid=progress]")).toContainText("10");
  const editionLink = (id: string) => `a[href="/conferences/${id}"]`;
  await expect(page.locator("[data-testid=action-editions] a")).toHaveCount(2);
  for (const edition of [adoptingEdition, renewingEdition]) {
    await expect(page.locator(`[data-testid=action-editions] ${editionLink(edition)}`)).toHaveCount(1);
  }
  // The text's page says what each edition adopted or renewed, and where it stands.
  await open(page, `${textPath}?lang=ar`);
  const standings = page.locator("[data-testid=edition-standing]");
  await expect(standings).toHaveCount(2);
  for (const edition of [adoptingEdition, renewingEdition]) {
    const standing = standings.filter({ has: page.locator(editionLink(edition)) });
    await expect(standing.locator("summary")).toContainText("إجراء واحد");
    await expect(standing.locator("summary [data-testid=progress]")).toContainText("10");
    await standing.locator("summary").click();
    await expect(standing.locator("[data-testid=edition-plan]")).toContainText(actionTitle);
  }
  await signOut(page);

  // 7. The focal point finds it among its member's actions and reports progress (a mistake first).
  await signIn(page, focalEmail, FOCAL_PASSWORD, "fr");
  await page.locator("header a", { hasText: "Rapports d'avancement" }).click();
  await waitReady(page);
  await page.locator("[data-testid=my-actions] a", { hasText: actionTitle }).click();
  await waitReady(page);
  expect(new URL(page.url()).pathname).toBe(actionPath);
  await page.locator("#rp-progress").fill("160");
  await page.locator("#rp-note").fill("Les 40 lampadaires sont posés ; le raccordement reste à faire.");
  await page.locator("[data-testid=send-report]").click();
  await expect(page.locator("#progress-error")).toHaveText("Saisissez un nombre entier de 0 à 100.");
  await expect(page.locator("#rp-note")).toHaveValue("Les 40 lampadaires sont posés ; le raccordement reste à faire.");
  await page.locator("#rp-progress").fill("60");
  await page.locator("[data-testid=send-report]").click();
  await expect(page.locator("[data-testid=report-state]").first()).toHaveText("En attente du secrétariat");
  // The action waits for the secretariat.
  await expect(page.locator("[data-testid=action-details] [data-testid=progress]")).toContainText("10");
  await signOut(page);

  // 8. The secretariat accepts it from its queue: the action, and the text's plan, move on.
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, "ar");
  await page.locator("header a", { hasText: "تقارير التقدّم" }).click();
  await waitReady(page);
  const report = page.locator("[data-testid=report-list] .report-group", { hasText: actionTitle });
  await expect(report).toContainText("Les 40 lampadaires sont posés");
  await report.locator("[data-testid=accept-report]").click();
  await expect(page.locator("[data-testid=report-list] .report-group", { hasText: actionTitle }).locator("[data-testid=report-state]")).toHaveText("مقبول");
  await open(page, `${actionPath}?lang=ar`);
  await expect(page.locator("[data-testid=action-details] [data-testid=progress]")).toContainText("60");
  await expect(page.locator("[data-testid=timeline]")).toContainText("Les 40 lampadaires sont posés");

  // 8b. A spreadsheet of updates: none chosen, then a line naming no action stops it all; the
  //     corrected one applies, all of it.
  await open(page, "/resolutions?lang=ar");
  await page.locator("main a", { hasText: "حدّث الإجراءات من جدول بيانات" }).click();
  await waitReady(page);
  await page.locator("[data-testid=bulk-check]").click();
  await waitReady(page);
  await expect(page.locator("#file-error")).toHaveText("اختر ملفًا أو الصق نصه.");
  const sheet = (lines: string) => ({ name: "updates.csv", mimeType: "text/csv", buffer: Buffer.from(lines, "utf-8") });
  await page.locator("#bulk-file").setInputFiles(sheet(`external_id,status,due_on\n${externalId},in-progress,2028-03-31\nNOPE-${reference},completed,\n`));
  await page.locator("[data-testid=bulk-check]").click();
  await waitReady(page);
  const problem = page.locator("[data-testid=bulk-problems] tbody tr");
  await expect(problem).toHaveCount(1);
  await expect(problem).toContainText("لا يوجد إجراء بهذا المرجع الخارجي.");
  await expect(problem.locator("td").first()).toHaveText("3");
  await expect(page.locator("[data-testid=bulk-apply]")).toHaveCount(0);
  await open(page, "/resolutions/bulk-updates?lang=ar");
  await page.locator("#bulk-file").setInputFiles(sheet(`external_id,status,due_on\n${externalId},in-progress,2028-03-31\n`));
  await page.locator("[data-testid=bulk-check]").click();
  await waitReady(page);
  await expect(page.locator("[data-testid=bulk-changes] tbody tr")).toHaveCount(1);
  await page.locator("[data-testid=bulk-apply]").click();
  await expect(page.locator("[data-testid=bulk-applied]")).toBeVisible();
  await open(page, `${actionPath}?lang=ar`);
  await expect(page.locator("[data-testid=action-details] [data-testid=action-status]")).toHaveText("قيد التنفيذ");
  await expect(page.locator("[data-testid=action-details] [data-testid=progress]")).toContainText("60");
  await signOut(page);

  // 9. A citizen, in English, finds it from the home page in two clicks and sees what became of it.
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
  // Its implementation: the action and the progress the secretariat accepted.
  await expect(page.locator("[data-testid=plan]")).toContainText(actionTitle);
  await expect(page.locator("[data-testid=plan-progress]")).toContainText(`${isolated("60")} %`);
  await expect(page.locator("[data-testid=plan] [data-testid=reports]")).toHaveCount(0);
  await page.locator("[data-testid=versions] a", { hasText: "compare with the previous version" }).click();
  await waitReady(page);
  await expect(page.locator("[data-testid=compare-ar] ins")).toContainText(["والإنارة"]);
  // And on the dashboard: its theme (only this text has it) at the accepted progress.
  await open(page, "/resolutions?lang=en");
  await page.locator("[data-testid=dashboard-link]").click();
  await waitReady(page);
  await expect(page.locator("main h1")).toHaveText("Implementation dashboard");
  const themeRow = page.locator("[data-testid=chart-themes] tr", { hasText: `Street lighting ${reference}` });
  await expect(themeRow).toContainText(`${isolated("60")} %`);
  await expect(page.locator("[data-testid=chart-themes] svg title", { hasText: `Street lighting ${reference}` })).toHaveCount(1);
  // The tracker as files: the action, in the spreadsheet and in the JSON.
  const csv = await page.request.get("/resolutions/tracker.csv?lang=ar");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain(actionTitle);
  const rows = (await (await page.request.get("/resolutions/tracker.json")).json()) as { text_reference: string; progress: number }[];
  expect(rows.find((row) => row.text_reference === reference)?.progress).toBe(60);
  const feed = await (await page.request.get("/resolutions/feed.atom?lang=en")).text();
  expect(feed).toContain(`Progress: ${actionTitle} (${reference}) at 60 %`);

  // The printable version: the authoritative Arabic first, then the French translation.
  await open(page, `${textPath}?lang=en`);
  await page.locator("[data-testid=print-link]").click();
  await waitReady(page);
  await expect(page.locator("[data-testid=printed-ar] h2")).toHaveText(title);
  await expect(page.locator("[data-testid=printed-ar] .authority-note")).toContainText("Authoritative text");
  await expect(page.locator("[data-testid=printed-fr] h2")).toHaveText(`Recommandation ${reference} sur le réseau de transport d'Hébron`);
  await expect(page.locator("[data-testid=printed-en]")).toHaveCount(0);
  // And the list finds it by a word of its French translation, in capitals.
  await open(page, `/resolutions?lang=fr&q=${encodeURIComponent(`RÉSEAU DE TRANSPORT D'HÉBRON`)}`);
  await expect(page.locator("[data-testid=texts] a", { hasText: reference })).toHaveCount(1);
  await open(page, `/resolutions?lang=fr&q=${encodeURIComponent(`recommandation ${reference}`)}`);
  await expect(page.locator("[data-testid=texts] li")).toHaveCount(1);
});
