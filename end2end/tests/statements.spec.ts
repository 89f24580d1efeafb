import { expect, test } from "@playwright/test";
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  callNumber,
  createAccount,
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

test("finance imports a bank statement that pays a call; standing, the dashboard and the public totals follow", async ({ page }, info) => {
  test.setTimeout(180_000);
  // A year of its own per run, so that the two runs' calls never meet.
  const year = jsEnabled() ? "2045" : "2046";
  const officer = `${unique("tresorier", info.project.name)}@finance.example.org`;
  const focal = `${unique("grenoble", info.project.name)}@grenoble.example.org`;
  const town = unique("Grenoble", info.project.name);
  const bank = `Crédit Mutuel ${info.project.name}`;
  await createAccount(page, "finance", "Karim Haddad", officer, "olive groves 2026");
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  const memberId = await memberWithFocalPoint(page, town, focal, "olive groves 2026");
  await signOut(page);

  // The year's calls, due long ago: the member is in arrears.
  await signIn(page, officer, "olive groves 2026");
  await scheduleWithCalls(page, year, "800");
  // The page the calls were issued on has finished loading before the date is typed.
  await waitReady(page);
  await page.locator("#grace_on").fill("2026-01-31");
  await expect(page.locator("#grace_on")).toHaveValue("2026-01-31");
  await page.locator("[data-testid=save-grace]").click();
  await waitReady(page);
  await expect(page.locator("[data-testid=schedule-facts]")).toContainText("31 January 2026");
  await open(page, `/members/${memberId}`);
  await expect(page.locator("[data-testid=member-standing]")).not.toContainText("in good standing");
  const number = await callNumber(page, year, town);

  // The bank's CSV export is described once; a mistake keeps what was typed.
  await open(page, "/finance/office");
  await Promise.all([page.waitForURL(/\/finance\/statements/), page.locator("main a", { hasText: "Bank statements" }).click()]);
  await waitReady(page);
  await page.locator("#mp-name").fill(bank);
  await page.locator("#mp-delimiter").selectOption("semicolon");
  await page.locator("#mp-date_column").fill("Date opération");
  await page.locator("#mp-date_order").selectOption("dmy");
  await page.locator("#mp-amount_column").fill("Montant");
  await page.locator("#mp-payer_column").fill("Libellé");
  await page.locator("#mp-reference_column").fill("Référence");
  await page.locator("#mp-default_currency").fill("EURO");
  await page.locator("[data-testid=save-mapping]").click();
  await expect(page.locator("[data-testid=problem-summary]")).toContainText("ISO 4217");
  await expect(page.locator("#mp-default_currency")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#mp-name")).toHaveValue(bank);
  await expect(page.locator("#mp-reference_column")).toHaveValue("Référence");
  await page.locator("#mp-default_currency").fill("EUR");
  await page.locator("[data-testid=save-mapping]").click();
  await expect(page.locator("[data-testid=mapping-saved]")).toBeVisible();
  await expect(page.locator("[data-testid=mappings-list]")).toContainText(bank);

  // A file without the reference column is refused whole, naming the line and the column.
  const upload = async (name: string, content: string) => {
    await page.locator("#statement-file").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(content, "utf-8") });
    await page.locator("#statement-mapping").selectOption({ label: bank });
    await Promise.all([page.waitForURL(/\/finance\/statements\?/), page.locator("[data-testid=import-statement]").click()]);
    await waitReady(page);
  };
  await upload("wrong.csv", "Date opération;Libellé;Montant\n15/02/2046;Don;25,00\n");
  await expect(page.locator("[data-testid=statement-error]")).toContainText(`Line ${isolated("1")}, column ${isolated("Référence")}:`);
  await expect(page.locator("#statement-file")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(".problem-summary a")).toHaveAttribute("href", "#statement-file");

  // The statement pays the call its reference quotes; the gift waits for a match.
  const statement = [
    "Date opération;Libellé;Référence;Montant",
    `15/02/${year};TRESOR PUBLIC ${town.toUpperCase()};COTISATION ${number};800,00`,
    `16/02/${year};Frais bancaires;;-4,50`,
    `17/02/${year};Amis de Naplouse ${info.project.name};DON;25,00`,
  ].join("\n");
  await upload(`releve-${year}.csv`, statement);
  await expect(page.locator("[data-testid=statement-imported]")).toContainText(`Payments read: ${isolated("2")}. Recorded: ${isolated("2")}, of which paid an invoice at once: ${isolated("1")}. Already imported before: ${isolated("0")}.`);
  // The same file again adds nothing.
  await upload(`releve-${year}.csv`, statement);
  await expect(page.locator("[data-testid=statement-imported]")).toContainText(`Recorded: ${isolated("0")}, of which paid an invoice at once: ${isolated("0")}. Already imported before: ${isolated("2")}.`);
  await expect(page.locator("[data-testid=statements-table]")).toContainText(`releve-${year}.csv`);
  await open(page, "/finance/payments");
  await expect(page.locator("[data-testid=awaiting-table] tr", { hasText: `Amis de Naplouse ${info.project.name}` })).toHaveCount(1);
  await expect(page.locator("[data-testid=payments-table]")).toContainText(number);
  await open(page, `/members/${memberId}`);
  await expect(page.locator("[data-testid=member-standing]")).toContainText("in good standing");
  // Signed-in readers list the members by standing.
  await open(page, `/members?q=${town}`);
  await page.locator("#dir-standing").selectOption("arrears");
  await page.locator("main form[role=search] button[type=submit]").click();
  await waitReady(page);
  await expect(page.locator("[data-testid=directory]")).not.toContainText(town);
  await open(page, `/members?q=${town}&standing=good`);
  await expect(page.locator("[data-testid=directory]")).toContainText(town);

  // The dashboard adds it up, and exports the year's invoices.
  await open(page, "/finance/office");
  await Promise.all([page.waitForURL(/\/finance\/dashboard/), page.locator("main a", { hasText: "Dues dashboard" }).click()]);
  await waitReady(page);
  await page.locator("main nav a", { hasText: year }).click();
  await expect(page.locator("[data-testid=dashboard-year]")).toContainText(year);
  const eur = page.locator("[data-testid=by-currency-table] tbody tr", { hasText: "EUR" });
  // Only this member paid dues of this year: its 800.00 is the year's paid column.
  await expect(eur.locator("td").nth(2)).toHaveText("800.00\u00a0EUR");
  await expect(page.locator("[data-testid=by-country-table]")).toContainText("France");
  const exported = await page.request.get(await page.locator("[data-testid=export-invoices]").getAttribute("href") ?? "");
  expect(exported.status()).toBe(200);
  const csv = await exported.text();
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain(number);
  await signOut(page);

  // Anyone reads the year's totals, in Arabic too, and no member's name.
  await open(page, "/finance?lang=ar");
  await Promise.all([page.waitForURL(/\/finance\/dues/), page.locator("main a[href='/finance/dues']").click()]);
  await waitReady(page);
  const totals = page.locator(`[data-testid=dues-year-${year}]`);
  await expect(totals).toContainText("800.00");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("main")).not.toContainText(town);
  const refused = await page.request.get(`/finance/exports/invoices.csv?year=${year}`);
  expect(refused.status()).toBe(403);
  // The public has no standing filter, and the address cannot add one.
  await open(page, `/members?q=${town}&standing=arrears`);
  await expect(page.locator("#dir-standing")).toHaveCount(0);
  await expect(page.locator("[data-testid=directory]")).toContainText(town);
});
