import { expect, test } from "@playwright/test";
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  callNumber,
  createAccount,
  editionOpenForRegistration,
  isolated,
  jsEnabled,
  memberWithFocalPoint,
  open,
  scheduleWithCalls,
  signIn,
  signOut,
  unique,
  waitReady,
} from "./helpers";

test("a focal point pays its call by card through Stripe; the call is paid and standing restored at once", async ({ page }, info) => {
  test.setTimeout(180_000);
  // A year of its own per run, so that the two runs' calls never meet.
  const year = jsEnabled() ? "2047" : "2048";
  const officer = `${unique("comptable", info.project.name)}@finance.example.org`;
  const focal = `${unique("tours", info.project.name)}@tours.example.org`;
  const town = unique("Tours", info.project.name);
  await createAccount(page, "finance", "Leila Mansour", officer, "olive groves 2026");
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  const memberId = await memberWithFocalPoint(page, town, focal, "olive groves 2026");
  const editionPath = await editionOpenForRegistration(page, town);
  await signOut(page);

  // The year's call, past its grace date: the member is in arrears.
  await signIn(page, officer, "olive groves 2026");
  await scheduleWithCalls(page, year, "900");
  // The page the calls were issued on has finished loading before the date is typed.
  await waitReady(page);
  await page.locator("#grace_on").fill("2026-01-31");
  await expect(page.locator("#grace_on")).toHaveValue("2026-01-31");
  await page.locator("[data-testid=save-grace]").click();
  await waitReady(page);
  await expect(page.locator("[data-testid=schedule-facts]")).toContainText("31 January 2026");
  const number = await callNumber(page, year, town);
  await signOut(page);

  // The French focal point opens its invoice: the printed instructions say where to pay by card.
  await signIn(page, focal, "olive groves 2026", "fr");
  await open(page, `/finance/members/${memberId}?lang=fr`);
  await Promise.all([page.waitForURL(/\/finance\/invoices\/\d+/), page.locator("[data-testid=member-invoices-table] a", { hasText: number }).click()]);
  await waitReady(page);
  const invoiceUrl = page.url();
  await expect(page.locator("[data-testid=invoice-card-link]")).toContainText(new URL(invoiceUrl).pathname);
  const pay = page.locator("[data-testid=pay-by-card]");
  await expect(pay).toHaveText(`Payer ${isolated("900,00\u00a0EUR")} par carte`);

  // Stripe's page, then back without paying: nothing charged, still to pay.
  await Promise.all([page.waitForURL(/\/pay\/cs_test_/), pay.click()]);
  await expect(page.locator("[data-testid=stripe-amount]")).toHaveText("900.00 EUR");
  await Promise.all([page.waitForURL(/card=cancelled/), page.locator("[data-testid=stripe-cancel]").click()]);
  await waitReady(page);
  await expect(page.locator("[data-testid=card-notice]")).toContainText("Rien n'a été débité");
  await expect(page.locator("[data-testid=invoice-status]")).toContainText("À payer");

  // Paid: Stripe's signed event reaches Sumud before the focal point is back.
  await Promise.all([page.waitForURL(/\/pay\/cs_test_/), page.locator("[data-testid=pay-by-card]").click()]);
  await Promise.all([page.waitForURL(/card=done/), page.locator("[data-testid=stripe-pay]").click()]);
  await waitReady(page);
  await expect(page.locator("[data-testid=card-notice]")).toContainText("Merci");
  await expect(page.locator("[data-testid=invoice-status]")).toContainText("Payée");
  await expect(page.locator("[data-testid=invoice-payments]")).toContainText("900,00\u00a0EUR");
  await expect(page.locator("[data-testid=pay-by-card]")).toHaveCount(0);
  await open(page, `/members/${memberId}?lang=en`);
  await expect(page.locator("[data-testid=member-standing]")).toContainText("in good standing");

  // In good standing again, the member registers its delegation to the conference.
  await open(page, `${editionPath}?lang=fr`);
  await Promise.all([page.waitForURL(/delegation/), page.locator("main a", { hasText: "Inscrire notre délégation" }).click()]);
  await waitReady(page);
  await page.locator("#dl-full_name").fill("Nadia Benali");
  await page.locator("#dl-email").fill(`nadia.${focal}`);
  await page.locator("#dl-role").selectOption("head");
  await page.locator("#dl-language").selectOption("fr");
  await page.locator("input[name='delegate[consent]'][value=public]").check();
  await page.locator("main form:has(#dl-full_name) button[type=submit]").click();
  await expect(page.locator("[data-testid=delegate-row]")).toHaveCount(1);
  await signOut(page);

  // Finance sees the card payment matched to the call, with its receipt.
  await signIn(page, officer, "olive groves 2026");
  await open(page, "/finance/payments");
  const line = page.locator("[data-testid=payments-table] tr", { hasText: number });
  await expect(line).toHaveCount(1);
  await expect(line).toContainText("900.00");
});
