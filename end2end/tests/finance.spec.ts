import { expect, test } from "@playwright/test";
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  createAccount,
  isolated,
  jsEnabled,
  latestEmailTo,
  memberWithFocalPoint,
  open,
  signIn,
  signOut,
  unique,
  waitReady,
} from "./helpers";

test("finance sets the year's dues and issues the calls; the focal point reads its invoice in French", async ({ page }, info) => {
  test.setTimeout(180_000);
  // A year of its own per run, so that the two runs' calls never meet.
  const year = jsEnabled() ? "2041" : "2042";
  const officer = `${unique("finance", info.project.name)}@finance.example.org`;
  const focal = `${unique("tresorerie", info.project.name)}@lyon.example.org`;
  const town = unique("Villeurbanne", info.project.name);
  await createAccount(page, "finance", "Samira Khalil", officer, "olive groves 2026");
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  const memberId = await memberWithFocalPoint(page, town, focal, "olive groves 2026");
  await signOut(page);

  // Finance starts the year's schedule from the header, a mistake first: what was typed stays.
  await signIn(page, officer, "olive groves 2026");
  await Promise.all([page.waitForURL(/\/finance\/office/), page.locator(".account-menu a", { hasText: "Finance office" }).click()]);
  await waitReady(page);
  await page.locator("#sc-year").fill(year);
  await page.locator("#sc-currency").fill("EURO");
  await page.locator("#sc-due_on").fill(`${year}-03-31`);
  await page.locator("#sc-payment_instructions").fill("Réseau Sumud\nIBAN FR76 3000 6000 0112 3456 7890 189\nBIC AGRIFRPP");
  await page.locator("[data-testid=create-schedule]").click();
  await expect(page.locator("[data-testid=problem-summary]")).toContainText("ISO 4217");
  await expect(page.locator("#sc-currency")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#sc-payment_instructions")).toHaveValue(/IBAN FR76/);
  await expect(page.locator("#sc-year")).toHaveValue(year);
  await page.locator("#sc-currency").fill("EUR");
  await Promise.all([page.waitForURL(/\/finance\/schedules\/\d+/), page.locator("[data-testid=create-schedule]").click()]);
  await waitReady(page);
  await expect(page.locator("h1")).toContainText(`Dues for ${isolated(year)}`);

  // A band for municipalities, then the year's calls for every active member.
  await page.locator("#bd-kind").selectOption("municipality");
  await page.locator("#bd-amount").fill("1,200");
  await page.locator("[data-testid=add-band]").click();
  await expect(page.locator("[data-testid=bands-table]")).toContainText("1,200.00");
  await page.locator("[data-testid=issue-calls]").click();
  await expect(page.locator("[data-testid=issued-notice]")).toContainText("issued");
  await expect(page.locator("[data-testid=schedule-facts]")).toContainText("Locked");
  // Issuing again issues nothing twice.
  await page.locator("[data-testid=issue-calls]").click();
  await expect(page.locator("[data-testid=issued-notice] p").first()).toHaveText(`${isolated("0")} calls issued.`);
  await open(page, `/finance/invoices?year=${year}`);
  const row = page.locator("[data-testid=invoices-table] tr", { hasText: town });
  await expect(row).toHaveCount(1);
  const number = (await row.locator("td").first().innerText()).trim();
  expect(number).toMatch(new RegExp(`^${year}-\\d{4}$`));
  await signOut(page);

  // The French focal point got the email in French, and reads the invoice from its header.
  const mail = await latestEmailTo(page, focal, number);
  expect(mail).toContain("facture");
  await signIn(page, focal, "olive groves 2026", "fr");
  await Promise.all([page.waitForURL(new RegExp(`/finance/members/${memberId}`)), page.locator(".account-menu a", { hasText: "Nos factures" }).click()]);
  await waitReady(page);
  await Promise.all([page.waitForURL(/\/finance\/invoices\/\d+/), page.locator("[data-testid=member-invoices-table] a", { hasText: number }).click()]);
  await waitReady(page);
  const invoice = page.locator("[data-testid=invoice]");
  await expect(invoice).toHaveAttribute("lang", "fr");
  await expect(invoice.locator("h1")).toHaveText(`Appel de cotisation ${year} (facture pro forma)`);
  await expect(page.locator("[data-testid=invoice-amount]")).toHaveText("1\u202f200,00\u00a0EUR");
  await expect(page.locator("[data-testid=invoice-words]")).toHaveText("En toutes lettres : mille deux cents EUR.");
  await expect(invoice).toContainText("IBAN FR76");
  await expect(invoice).toContainText(`Indiquez ${number} comme référence`);
  // A focal point never cancels an invoice, and reads no other member's.
  await expect(page.locator("#credit-form")).toHaveCount(0);
  const others = await page.request.post("/api/get_member_invoices", { form: { member_id: "1" } });
  expect(others.status()).toBe(Number(memberId) === 1 ? 200 : 403);
  await signOut(page);

  // Finance cancels the call by a credit note, which takes the year's next number.
  await signIn(page, officer, "olive groves 2026");
  await open(page, `/finance/invoices?year=${year}`);
  await Promise.all([page.waitForURL(/\/finance\/invoices\/\d+/), row.locator("a").first().click()]);
  await waitReady(page);
  await page.locator("[data-testid=issue-credit-note]").click();
  await expect(page.locator("#reason-error")).toBeVisible();
  await page.locator("#reason").fill("Population band corrected by the council");
  await page.locator("[data-testid=issue-credit-note]").click();
  await expect(page.locator("[data-testid=invoice] h1")).toHaveText("Avoir");
  await expect(page.locator("[data-testid=invoice]")).toContainText("Population band corrected by the council");
  await expect(page.locator("[data-testid=invoice-amount]")).toHaveText("-1\u202f200,00\u00a0EUR");
  await expect(page.locator("main")).toContainText(number);

  // A new call for the member alone, and a grace date already past: it is no longer in good standing.
  await open(page, "/finance/office");
  await Promise.all([page.waitForURL(/\/finance\/schedules\/\d+/), page.locator("[data-testid=schedules-table] a", { hasText: year }).first().click()]);
  await waitReady(page);
  await page.locator("#member_id").selectOption(memberId);
  await page.locator("[data-testid=issue-one]").click();
  await expect(page.locator("[data-testid=issued-notice] p").first()).toHaveText("One call issued.");
  // The page the calls were issued on has finished loading before the date is typed.
  await waitReady(page);
  await page.locator("#grace_on").fill("2026-01-31");
  await expect(page.locator("#grace_on")).toHaveValue("2026-01-31");
  await page.locator("[data-testid=save-grace]").click();
  await waitReady(page);
  await expect(page.locator("[data-testid=schedule-facts]")).toContainText("31 January 2026");
  await open(page, `/members/${memberId}`);
  await expect(page.locator("[data-testid=member-standing]")).not.toContainText("in good standing");
  await open(page, `/finance/invoices?year=${year}`);
  const second = (await page.locator("[data-testid=invoices-table] tr", { hasText: town }).first().locator("td").first().innerText()).trim();
  expect(second).not.toBe(number);

  // The treasury's transfer quotes the new number: matched at once, the call paid, standing restored.
  await open(page, "/finance/payments");
  await page.locator("#tr-received_on").fill("2026-11-30");
  await page.locator("#tr-amount").fill("1 200,00");
  await page.locator("#tr-currency").fill("EUR");
  await page.locator("#tr-payer").fill(`Trésor public ${town}`);
  await page.locator("#tr-reference").fill(`COTISATION ${second}`);
  await page.locator("[data-testid=record-transfer]").click();
  await expect(page.locator("[data-testid=payment-recorded]")).toContainText("matched to its invoice");
  await expect(page.locator("[data-testid=payments-table]")).toContainText(second);
  await Promise.all([page.waitForURL(/\/finance\/invoices\/\d+/), page.locator("[data-testid=payments-table] a", { hasText: second }).click()]);
  await waitReady(page);
  await expect(page.locator("[data-testid=invoice-status]")).toContainText("Paid");
  await expect(page.locator("[data-testid=invoice-payments]")).toContainText("1\u202f200,00\u00a0EUR");
  await expect(page.locator("main")).toContainText("Receipt");
  await open(page, `/members/${memberId}`);
  await expect(page.locator("[data-testid=member-standing]")).toContainText("in good standing");

  // A transfer that quotes no number waits for a match by hand.
  await open(page, "/finance/payments");
  await page.locator("#tr-received_on").fill("2026-11-30");
  await page.locator("#tr-amount").fill("abc");
  await page.locator("#tr-currency").fill("EUR");
  await page.locator("#tr-payer").fill("Unknown donor");
  await page.locator("[data-testid=record-transfer]").click();
  await expect(page.locator("#amount-error")).toBeVisible();
  await expect(page.locator("#tr-payer")).toHaveValue("Unknown donor");
  await page.locator("#tr-amount").fill("25");
  await page.locator("[data-testid=record-transfer]").click();
  await expect(page.locator("[data-testid=payment-recorded]")).toContainText("match it below");
  await expect(page.locator("[data-testid=awaiting-table]")).toContainText("Unknown donor");
});
