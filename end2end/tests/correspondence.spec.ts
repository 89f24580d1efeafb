import { expect, test } from "@playwright/test";
import { ADMIN_EMAIL, ADMIN_PASSWORD, memberWithFocalPoint, open, signIn, signOut, unique, waitReady } from "./helpers";

const FOCAL_PASSWORD = "courrier ministère Ramallah 2027";

test("the secretariat addresses a recommendation to the ministry, records its letter and the reply with a scanned copy; members read them, the public sees the addressee", async ({ page }, info) => {
  test.setTimeout(180_000);
  const reference = unique("L", info.project.name).toUpperCase();
  const ministry = `وزارة الحكم المحلي ${reference}`;
  const ministryLatin = `Ministry of Local Government ${reference}`;
  const focalEmail = `focal.${reference.toLowerCase()}@lyon.example.fr`;
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, "ar");
  await memberWithFocalPoint(page, `Ville de ${reference}`, focalEmail, FOCAL_PASSWORD);

  // 1. The register, in Arabic: a member chosen as the kind but no member given is refused, and
  //    what was typed stays; then the ministry is added.
  await open(page, "/resolutions?lang=ar");
  await page.locator("main a", { hasText: "الجهات الموجَّه إليها" }).click();
  await waitReady(page);
  await page.locator("#ad-category").selectOption("member");
  await page.locator("#ad-contact").fill("رام الله، شارع الإرسال");
  await page.locator("[data-testid=save-addressee]").click();
  await expect(page.locator("#member_id-error")).toHaveText("اختر العضو.");
  await expect(page.locator("[data-testid=problem-summary] a[href='#ad-member_id']")).toBeVisible();
  await expect(page.locator("#ad-contact")).toHaveValue("رام الله، شارع الإرسال");
  await page.locator("#ad-category").selectOption("government");
  await page.locator("#ad-name").fill(ministry);
  await page.locator("#ad-latin_name").fill(ministryLatin);
  await page.locator("#ad-country").selectOption("PS");
  await page.locator("[data-testid=save-addressee]").click();
  await expect(page.locator("[data-testid=addressees-table]")).toContainText(ministryLatin);
  await expect(page.locator("[data-testid=addressees-table]")).toContainText("رام الله، شارع الإرسال");

  // 2. A recommendation addressed to it, adopted and published.
  await open(page, "/resolutions/new?lang=ar");
  await page.locator("#tx-reference").fill(reference);
  await page.locator("#tx-title_ar").fill(`توصية ${reference} إلى وزارة الحكم المحلي`);
  await page.locator("#tx-body_ar").fill("يوصي المؤتمر الوزارة بإدراج نظم المعلومات الجغرافية في خططها.");
  await page.getByLabel(`${ministry} (${ministryLatin})`).check();
  await page.locator("[data-testid=save-text]").click();
  await expect(page.locator("[data-testid=text-addressees]")).toContainText(ministryLatin);
  const textPath = new URL(page.url()).pathname;
  await page.locator("#ad-adopted_on").fill("2027-05-12");
  await page.locator("#ad-adopting_body").fill("المؤتمر العام الثاني");
  await page.locator("[data-testid=adopt-text]").click();
  await expect(page.locator("[data-testid=text-state]")).toHaveText("معتمد");
  await page.locator("[data-testid=move-published]").click();
  await expect(page.locator("[data-testid=text-state]")).toHaveText("منشور");

  // 3. The letter sent, a mistake first (no date): refused, what was typed kept.
  await page.locator("[data-testid=new-letter]").click();
  await waitReady(page);
  await page.locator("#lt-addressee_id").selectOption({ label: `${ministry} (${ministryLatin})` });
  await page.locator("#lt-subject").fill(`التوصية ${reference}`);
  await page.locator("#lt-body").fill("معالي الوزير،\nيتشرف المؤتمر بإحالة التوصية المرفقة.");
  await page.locator("[data-testid=save-letter]").click();
  await expect(page.locator("#dated_on-error")).toBeVisible();
  await expect(page.locator("#lt-subject")).toHaveValue(`التوصية ${reference}`);
  await page.locator("#lt-dated_on").fill("2027-06-01");
  await page.locator("[data-testid=save-letter]").click();
  await expect(page.locator("main h1")).toHaveText(`التوصية ${reference}`);
  const register = (await page.locator("[data-testid=letter-register]").textContent())!.trim();
  expect(register).toMatch(/^\d{4}\/\d{4}$/);
  const letterPath = new URL(page.url()).pathname;

  // Its scanned copy: a file that is not a PDF or an image is refused at the field.
  await page.locator("#letter-file").setInputFiles({ name: "letter.html", mimeType: "text/html", buffer: Buffer.from("<script>alert(1)</script>") });
  await page.locator("[data-testid=attach-copy]").click();
  await waitReady(page);
  await expect(page.locator("#file-error")).toHaveText("يجب أن يكون الملف بصيغة PDF أو PNG أو JPEG.");
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
  await page.locator("#letter-file").setInputFiles({ name: "letter-minister.pdf", mimeType: "application/pdf", buffer: pdf });
  await page.locator("[data-testid=attach-copy]").click();
  await waitReady(page);
  await expect(page.locator("[data-testid=letter-copy]")).toHaveText("letter-minister.pdf");

  // 4. The ministry's reply, recorded from the letter: received, linked to it.
  await page.locator("[data-testid=record-reply]").click();
  await waitReady(page);
  await expect(page.locator("#lt-direction")).toHaveValue("incoming");
  await page.locator("#lt-dated_on").fill("2027-06-20");
  await page.locator("#lt-their_reference").fill("MoLG/2027/55");
  await page.locator("#lt-subject").fill(`رد على التوصية ${reference}`);
  await page.locator("#lt-body").fill("تدرج الوزارة التدريب على نظم المعلومات الجغرافية في خطتها لعام 2028.");
  await page.locator("[data-testid=save-letter]").click();
  await expect(page.locator("[data-testid=letter-answered]")).toContainText(register);
  await signOut(page);

  // 5. The focal point, in French, reads the register on the text's page and opens the copy.
  await signIn(page, focalEmail, FOCAL_PASSWORD, "fr");
  await open(page, `${textPath}?lang=fr`);
  const letters = page.locator("[data-testid=text-letters] tbody tr");
  await expect(letters).toHaveCount(2);
  await expect(letters.first()).toContainText("Envoyé par le secrétariat");
  await expect(letters.nth(1)).toContainText("Reçu");
  await expect(page.locator("[data-testid=new-letter]")).toHaveCount(0);
  await letters.first().locator("a").click();
  await waitReady(page);
  expect(new URL(page.url()).pathname).toBe(letterPath);
  await expect(page.locator("[data-testid=letter-replies]")).toContainText(`رد على التوصية ${reference}`);
  await expect(page.locator("[data-testid=copy-form]")).toHaveCount(0);
  const copy = await page.request.get(`${letterPath}/copy`);
  expect(copy.status()).toBe(200);
  expect(copy.headers()["content-type"]).toBe("application/pdf");
  expect(copy.headers()["content-disposition"]).toContain("letter-minister.pdf");
  await signOut(page);

  // 6. The public finds the text by its addressee and sees whom it is addressed to, not the letters.
  await open(page, "/resolutions?lang=en");
  await page.locator("#texts-addressee").selectOption({ label: `${ministry} (${ministryLatin})` });
  await page.locator("main form[role=search] button[type=submit]").click();
  await waitReady(page);
  await expect(page.locator("[data-testid=texts] li")).toHaveCount(1);
  await page.locator("[data-testid=texts] a", { hasText: reference }).click();
  await waitReady(page);
  await expect(page.locator("[data-testid=text-addressees]")).toContainText(ministryLatin);
  await expect(page.locator("[data-testid=text-letters]")).toHaveCount(0);
  expect((await page.request.get(`${letterPath}/copy`)).status()).toBe(403);
  await open(page, `${letterPath}?lang=en`);
  await expect(page.locator("[data-testid=letter-body]")).toHaveCount(0);
});
