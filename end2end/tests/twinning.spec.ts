import { expect, test } from "@playwright/test";
import { ADMIN_EMAIL, ADMIN_PASSWORD, memberWithFocalPoint, open, signIn, signOut, unique, waitReady } from "./helpers";

const FOCAL_PASSWORD = "توأمة الخليل عمّان 2026";

test("Hebron's focal point records its agreement with Greater Amman in Arabic, the secretariat validates it, and it shows on both members' pages", async ({ page }, info) => {
  test.setTimeout(180_000);
  const tag = unique("T", info.project.name);
  const hebronEmail = `focal.${tag.toLowerCase()}@hebron.example.ps`;
  const title = `اتفاقية أخوّة وتعاون ${tag} بين الخليل وعمّان`;
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  const hebron = await memberWithFocalPoint(page, `Hebron ${tag}`, hebronEmail, FOCAL_PASSWORD);
  const amman = await memberWithFocalPoint(page, `Greater Amman ${tag}`, `focal.${tag.toLowerCase()}@amman.example.jo`, FOCAL_PASSWORD);
  await signOut(page);

  // 1. The focal point records it from the registry, in Arabic; its own member is the first
  //    party. A second party is missing first: nothing is saved, the summary links to the
  //    parties, and what was typed is still there.
  await signIn(page, hebronEmail, FOCAL_PASSWORD, "ar");
  await open(page, "/twinning?lang=ar");
  await expect(page.locator("main h1")).toHaveText("اتفاقيات التوأمة والتعاون");
  await page.locator("[data-testid=new-agreement]").click();
  await waitReady(page);
  await expect(page.locator("#ag-party1_member")).toHaveValue(hebron);
  await page.locator("#ag-kind").selectOption("brotherhood");
  await page.locator("#ag-title").fill(title);
  await page.locator("#ag-summary").fill("الطرق والنقل، نظم المعلومات الجغرافية، التراث العمراني والشباب.");
  await page.locator("#ag-signed_place").fill("عمّان");
  await page.getByLabel("الطرق والنقل").check();
  await page.locator("#ag-party1_signatory_name").fill("تيسير أبو سنينة");
  await page.locator("[data-testid=save-agreement]").click();
  await expect(page.locator("[data-testid=problem-summary] a[href='#ag-parties']")).toHaveText("اذكر طرفين على الأقل.");
  await expect(page.locator("#ag-title")).toHaveValue(title);
  await expect(page.locator("#ag-party1_signatory_name")).toHaveValue("تيسير أبو سنينة");
  await expect(page.getByLabel("الطرق والنقل")).toBeChecked();
  await page.locator("#ag-party2_member").selectOption(amman);
  await page.locator("#ag-party2_signatory_name").fill("يوسف الشواربكة");
  await page.locator("#ag-party2_signatory_title").fill("أمين عمّان");
  await page.locator("[data-testid=save-agreement]").click();
  await expect(page.locator("main h1")).toHaveText(title);
  await expect(page.locator("[data-testid=awaiting-validation]")).toBeVisible();
  await expect(page.locator("[data-testid=agreement-parties]")).toContainText("أمين عمّان");
  await expect(page.locator("[data-testid=agreement-stage]")).toHaveText("مقترحة");
  const agreementPath = new URL(page.url()).pathname;
  expect(agreementPath).toMatch(/^\/twinning\/agreements\/\d+$/);

  // Its focal point records the signature; a date before the proposal is refused first.
  await page.locator("#st-stage").selectOption("signed");
  await page.locator("#st-reached_on").fill("2000-01-01");
  await page.locator("[data-testid=record-stage]").click();
  await expect(page.locator("#reached_on-error")).toHaveText("يجب أن يأتي هذا بعد التاريخ الذي قبله.");
  const today = new Date().toISOString().slice(0, 10);
  await page.locator("#st-stage").selectOption("signed");
  await page.locator("#st-reached_on").fill(today);
  await page.locator("[data-testid=record-stage]").click();
  await expect(page.locator("[data-testid=agreement-stage]")).toHaveText("موقّعة");
  await expect(page.locator("[data-testid=agreement-stages] li")).toHaveCount(2);
  await signOut(page);

  // Not public yet.
  expect((await page.request.get(`${agreementPath}?lang=en`)).status()).toBe(404);
  await open(page, `/members/${amman}?lang=en`);
  await expect(page.locator("[data-testid=member-agreements]")).not.toContainText(title);

  // 2. The secretariat finds it among those awaiting validation and validates it.
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, "fr");
  await open(page, "/twinning?review=awaiting&lang=fr");
  await page.locator("[data-testid=agreements] a", { hasText: title }).click();
  await waitReady(page);
  await page.locator("[data-testid=validate-agreement]").click();
  await expect(page.locator("[data-testid=validate-agreement]")).toHaveCount(0);
  await expect(page.locator("[data-testid=awaiting-validation]")).toHaveCount(0);
  await signOut(page);

  // 3. The public sees it in the registry, filtered by kind, and on both members' pages.
  await open(page, "/twinning?kind=brotherhood&lang=fr");
  const card = page.locator("[data-testid=agreement]", { hasText: title });
  await expect(card).toContainText("Fraternité et coopération");
  await expect(card).toContainText(`Hebron ${tag}`);
  await expect(card).toContainText(`Greater Amman ${tag}`);
  await open(page, "/twinning?kind=twinning&lang=fr");
  await expect(page.locator("[data-testid=agreement]", { hasText: title })).toHaveCount(0);
  for (const member of [hebron, amman]) {
    await open(page, `/members/${member}?lang=en`);
    const listed = page.locator("[data-testid=member-agreements]");
    await expect(listed).toContainText(title);
    await expect(listed).toContainText("Signed");
  }
  await open(page, `${agreementPath}?lang=en`);
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.locator("main h1")).toHaveAttribute("lang", "ar");
  await expect(page.locator("[data-testid=agreement-themes]")).toHaveText("Roads and transport");
});

test("a focal point cannot change an agreement its member is not party to", async ({ page }, info) => {
  const tag = unique("U", info.project.name);
  const outsider = `focal.${tag.toLowerCase()}@lyon.example.fr`;
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  const first = await memberWithFocalPoint(page, `Tangier ${tag}`, `focal.${tag.toLowerCase()}@tanger.example.ma`, FOCAL_PASSWORD);
  const second = await memberWithFocalPoint(page, `Al-Quds ${tag}`, `focal.${tag.toLowerCase()}@alquds.example.ps`, FOCAL_PASSWORD);
  await memberWithFocalPoint(page, `Lyon ${tag}`, outsider, FOCAL_PASSWORD);
  // The secretariat records it (public at once).
  await open(page, "/twinning/agreements/new?lang=en");
  await page.locator("#ag-kind").selectOption("memorandum");
  await page.locator("#ag-title").fill(`Memorandum ${tag}`);
  await page.locator("#ag-party1_member").selectOption(first);
  await page.locator("#ag-party2_member").selectOption(second);
  await page.locator("[data-testid=save-agreement]").click();
  await expect(page.locator("main h1")).toHaveText(`Memorandum ${tag}`);
  await expect(page.locator("[data-testid=awaiting-validation]")).toHaveCount(0);
  const agreementPath = new URL(page.url()).pathname;
  await signOut(page);

  await signIn(page, outsider, FOCAL_PASSWORD, "en");
  await open(page, `${agreementPath}?lang=en`);
  await expect(page.locator("[data-testid=edit-agreement]")).toHaveCount(0);
  await expect(page.locator("[data-testid=record-stage]")).toHaveCount(0);
  await open(page, `${agreementPath}/edit?lang=en`);
  await expect(page.locator("main")).toContainText("Your account does not have access to this.");
  const refused = await page.request.post("/api/record_agreement_stage", {
    headers: { Accept: "application/json" },
    form: { id: agreementPath.split("/").pop()!, stage: "signed", reached_on: "2026-01-01" },
  });
  expect(refused.status()).toBe(403);
});
