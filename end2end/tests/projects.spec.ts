import { expect, Page, test } from "@playwright/test";
import { ADMIN_EMAIL, ADMIN_PASSWORD, isolated, memberWithFocalPoint, open, signIn, signOut, unique, waitReady } from "./helpers";

const FOCAL_PASSWORD = "مشاريع الخليل عمّان 2026";

/** What an element shows, its spaces (no-break, narrow, between table cells) as plain spaces. */
async function shown(page: Page, selector: string) {
  return (await page.locator(selector).innerText()).replace(/\s+/g, " ").trim();
}

test("Greater Amman's focal point records a project in Hebron under their agreement with its support, Hebron records an exchange visit, and both show on the members' pages, in the totals and the export", async ({ page }, info) => {
  test.setTimeout(240_000);
  const tag = unique("P", info.project.name);
  const hebronEmail = `focal.${tag.toLowerCase()}@hebron.example.ps`;
  const ammanEmail = `focal.${tag.toLowerCase()}@amman.example.jo`;
  const title = `Central market ${tag}`;
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, "en");
  const hebron = await memberWithFocalPoint(page, `Hebron ${tag}`, hebronEmail, FOCAL_PASSWORD, "PS");
  const amman = await memberWithFocalPoint(page, `Greater Amman ${tag}`, ammanEmail, FOCAL_PASSWORD, "JO");
  // The secretariat records their agreement: public at once.
  await open(page, "/twinning/agreements/new?lang=en");
  await page.locator("#ag-kind").selectOption("brotherhood");
  await page.locator("#ag-title").fill(`Brotherhood ${tag}`);
  await page.locator("#ag-party1_member").selectOption(hebron);
  await page.locator("#ag-party2_member").selectOption(amman);
  await page.locator("[data-testid=save-agreement]").click();
  await expect(page.locator("main h1")).toHaveText(`Brotherhood ${tag}`);
  const agreementId = new URL(page.url()).pathname.split("/").pop()!;
  await signOut(page);

  // 1. Greater Amman's focal point records the project from the registry's link; an end before
  //    the start is refused at the field, what was typed kept.
  await signIn(page, ammanEmail, FOCAL_PASSWORD, "en");
  await open(page, "/twinning?lang=en");
  await page.locator("[data-testid=projects-link]").click();
  await waitReady(page);
  await expect(page.locator("main h1")).toHaveText("Projects and support");
  await page.locator("[data-testid=new-project]").click();
  await waitReady(page);
  await page.locator("#pr-title").fill(title);
  await page.locator("#pr-locality").selectOption(hebron);
  await page.locator("#pr-agreement").selectOption(agreementId);
  await page.locator("#pr-status").selectOption("running");
  await page.locator("#pr-starts_on").fill("2026-04-01");
  await page.locator("#pr-ends_on").fill("2026-01-01");
  await page.getByLabel("Roads and transport").check();
  await page.locator("[data-testid=save-project]").click();
  await expect(page.locator("[data-testid=problem-summary] a[href='#pr-ends_on']")).toHaveText("This must come after the date before it.");
  await expect(page.locator("#pr-ends_on")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#pr-title")).toHaveValue(title);
  await expect(page.locator("#pr-locality")).toHaveValue(hebron);
  await page.locator("#pr-ends_on").fill("2027-12-31");
  await page.locator("[data-testid=save-project]").click();
  await expect(page.locator("main h1")).toHaveText(title);
  await expect(page.locator("[data-testid=project-agreement]")).toHaveText(`Brotherhood ${tag}`);
  const projectPath = new URL(page.url()).pathname;
  expect(projectPath).toMatch(/^\/twinning\/projects\/\d+$/);

  // 2. Its support: financial without an amount is refused, the giver kept; then 150,000.500
  //    dinars, and Lyon's technical help by name.
  await page.locator("#su-giver_member").selectOption(amman);
  await page.locator("#su-kind").selectOption("financial");
  await page.locator("#su-currency").fill("JOD");
  await page.locator("[data-testid=add-support]").click();
  await expect(page.locator("#amount-error")).toHaveText("Enter the amount given, such as 150000 or 150,000.00.");
  await expect(page.locator("#su-giver_member")).toHaveValue(amman);
  await expect(page.locator("#su-currency")).toHaveValue("JOD");
  await page.locator("#su-kind").selectOption("financial");
  await page.locator("#su-amount").fill("150,000.500");
  await page.locator("[data-testid=add-support]").click();
  await expect(page.locator("[data-testid=project-support] li")).toHaveCount(1);
  expect(await shown(page, "[data-testid=project-financial]")).toBe("150,000.500 JOD");
  await page.locator("#su-giver_name").fill("Ville de Lyon");
  await page.locator("#su-kind").selectOption("technical");
  await page.locator("#su-description").fill("GIS training");
  await page.locator("[data-testid=add-support]").click();
  await expect(page.locator("[data-testid=project-support] li")).toHaveCount(2);
  await expect(page.locator("[data-testid=project-support]")).toContainText("Ville de Lyon · Technical");
  await signOut(page);

  // 3. Hebron's focal point, in Arabic, records the visit of Greater Amman's engineers; a
  //    delegation of nobody is refused first.
  await signIn(page, hebronEmail, FOCAL_PASSWORD, "ar");
  await open(page, "/twinning/visits?lang=ar");
  await expect(page.locator("main h1")).toHaveText("زيارات التبادل");
  await page.locator("[data-testid=new-visit]").click();
  await waitReady(page);
  await expect(page.locator("#vi-from_member")).toHaveValue(hebron);
  await page.locator("#vi-from_member").selectOption(amman);
  await page.locator("#vi-to_member").selectOption(hebron);
  await page.locator("#vi-agreement").selectOption(agreementId);
  await page.locator("#vi-starts_on").fill("2026-06-10");
  await page.locator("#vi-ends_on").fill("2026-06-14");
  await page.locator("#vi-purpose").fill("تدريب موظفي نظم المعلومات الجغرافية");
  await page.locator("#vi-delegation_size").fill("0");
  await page.locator("[data-testid=save-visit]").click();
  await expect(page.locator("#delegation_size-error")).toHaveText("أدخل عدد الأشخاص، من 1 إلى 500.");
  await expect(page.locator("#vi-purpose")).toHaveValue("تدريب موظفي نظم المعلومات الجغرافية");
  await page.locator("#vi-delegation_size").fill("6");
  await page.locator("[data-testid=save-visit]").click();
  await expect(page.locator(".alert-success")).toHaveText("سُجّلت الزيارة.");
  const visit = page.locator("[data-testid=visit]", { hasText: `Greater Amman ${tag}` });
  await expect(visit).toContainText(`${isolated("6")} أشخاص`);
  await expect(visit).toContainText(`Brotherhood ${tag}`);
  await signOut(page);

  // 4. The public: the project in the list and the totals, in French; both members' pages; the
  //    export.
  await open(page, `/twinning/projects?locality=${hebron}&lang=fr`);
  await expect(page.locator("[data-testid=project]", { hasText: title })).toContainText("En cours");
  expect(await shown(page, "[data-testid=support-totals] tbody")).toBe(`Hebron ${tag} 150 000,500 JOD 1`);
  for (const member of [hebron, amman]) {
    await open(page, `/members/${member}?lang=en`);
    await expect(page.locator("[data-testid=member-projects]")).toContainText(title);
    await expect(page.locator("[data-testid=member-visits] [data-testid=visit]")).toContainText(`${isolated("6")} people`);
  }
  await open(page, `/twinning/projects?locality=${hebron}&lang=en`);
  const csvHref = await page.locator("[data-testid=projects-csv]").getAttribute("href");
  const csv = await (await page.request.get(csvHref!)).text();
  expect(csv).toContain(title);
  expect(csv).toContain("150000.500,JOD");
  expect(csv).toContain("Ville de Lyon,Technical");
  const json = await (await page.request.get(`/twinning/projects.json?locality=${hebron}`)).json();
  expect(json.map((p: { title: string }) => p.title)).toEqual([title]);
  expect(json[0].agreement_id).toBe(Number(agreementId));

  // A stranger's post is refused and changes nothing.
  const refused = await page.request.post("/api/remove_project_support", {
    headers: { Accept: "application/json" },
    form: { id: "1" },
  });
  expect(refused.status()).toBe(403);
});
