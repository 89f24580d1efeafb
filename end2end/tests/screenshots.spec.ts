import { expect, test, type Page } from "@playwright/test";
import { jsEnabled, open } from "./helpers";

// The Arabic pages people see first, on a phone (390 px) and a laptop (1280 px), compared with
// the committed references (`npx playwright test screenshots --update-snapshots` renews them
// after a deliberate change of look). What the other specs typed (names made unique per run,
// dates relative to today) is masked, so only the layout and the site's own text are compared.

const WIDTHS = [390, 1280];

async function firstEdition(page: Page) {
  await open(page, "/conferences?lang=ar");
  const link = page.locator("main .member-card h3 a").first();
  await expect(link).toBeVisible();
  return (await link.getAttribute("href"))!;
}

test("the Arabic home, directory, edition and application pages look as their references", async ({ page }) => {
  test.skip(!jsEnabled(), "one set of references, taken with JavaScript");
  const edition = await firstEdition(page);
  const pages = [
    // Pages of the site's own text, whole; pages of data, their first screen (their length
    // depends on what the other specs added).
    { name: "home", path: "/?lang=ar", fullPage: true, mask: [] as string[] },
    // A search that finds nobody: the form and the empty result, whatever the other specs added.
    { name: "directory", path: "/members?lang=ar&q=zzzz-nobody", fullPage: true, mask: [] },
    { name: "edition", path: `${edition}?lang=ar`, fullPage: false, mask: ["main h1", "main .lead", "main dd", "main .agenda-day"] },
    { name: "apply", path: "/membership/apply?lang=ar", fullPage: true, mask: [] },
  ];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    for (const { name, path, fullPage, mask } of pages) {
      await open(page, path);
      await page.evaluate(() => document.fonts.ready);
      await expect(page).toHaveScreenshot(`${name}-ar-${width}.png`, {
        fullPage,
        mask: mask.map((selector) => page.locator(selector)),
        animations: "disabled",
        maxDiffPixelRatio: 0.01,
      });
    }
  }
});
