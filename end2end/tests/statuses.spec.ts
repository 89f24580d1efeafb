import { expect, test } from "@playwright/test";
import { ADMIN_EMAIL, ADMIN_PASSWORD, open, signIn, unique, waitReady } from "./helpers";

test("the secretariat adds a status to the list, a mistake first, and corrects it", async ({ page }, info) => {
  const slug = unique("postponed", info.project.name).toLowerCase();
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, "fr");
  await open(page, "/resolutions?lang=fr");
  await page.locator("main a", { hasText: "Statuts des actions" }).click();
  await waitReady(page);
  await page.locator("#st-slug").fill(slug);
  await page.locator("#st-name_ar").fill("مؤجل");
  await page.locator("#st-name_en").fill(`Postponed ${slug}`);
  await page.locator("#st-name_fr").fill(`Reportée ${slug}`);
  await page.locator("#st-default_progress").fill("150");
  await page.locator("[data-testid=save-status]").click();
  await expect(page.locator("#default_progress-error")).toHaveText("Saisissez un nombre entier de 0 à 100.");
  await expect(page.locator("#st-name_fr")).toHaveValue(`Reportée ${slug}`);
  await page.locator("#st-default_progress").fill("");
  await page.locator("[data-testid=save-status]").click();
  const row = page.locator("[data-testid=statuses-table] tr", { hasText: slug });
  await expect(row).toContainText(`Reportée ${slug}`);
  await expect(row).toContainText("Le sien");
  await Promise.all([page.waitForURL(/[?&]edit=\d+/), row.locator("a").click()]);
  await waitReady(page);
  await expect(page.locator("#st-name_fr")).toHaveValue(`Reportée ${slug}`);
  await page.locator("#st-name_fr").fill(`Ajournée ${slug}`);
  await page.locator("[data-testid=save-status]").click();
  await expect(page.locator("[data-testid=statuses-table] tr", { hasText: slug })).toContainText(`Ajournée ${slug}`);
});
