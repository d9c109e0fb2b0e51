// Public pages are cached per release (apps/web/src/lib/published.ts): publishing must show the
// new release at once, never an entry cached for the one before. Other tests publish too, so
// this one checks for the number it published, or a newer one where only the latest is shown.
import { expect, test, type Page } from "@playwright/test";
import { pageAs, publishRelease, uniqueTitle } from "./fixtures";

/** The release number in the home page's banner. */
async function homeRelease(page: Page) {
  await page.goto("/");
  const banner = page.getByRole("heading", { level: 2, name: /^Release R\d+ · data as of/ });
  return Number((await banner.textContent())!.match(/^Release R(\d+)/)![1]);
}

test("a newly published release shows at once on the home page, the releases list, its own page and the feed", async ({ browser, page }) => {
  // Read every page first, so each has its cache entry for the release before.
  const before = await homeRelease(page);
  await page.goto("/releases");
  await expect(page.getByRole("link", { name: `Release R${before}` })).toBeVisible();
  expect(await (await page.request.get("/feed.xml")).text()).toContain(`<title>Release R${before}</title>`);

  const notes = uniqueTitle("Refresh check");
  const number = await publishRelease(await pageAs(browser, "publisher", "/studio/releases"), notes);
  expect(number).toBeGreaterThan(before);

  expect(await homeRelease(page)).toBeGreaterThanOrEqual(number);
  await page.goto("/releases");
  const entry = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: `Release R${number}`, exact: true }) });
  await expect(entry).toContainText(notes);
  await entry.getByRole("link", { name: `Release R${number}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/releases/${number}$`));
  await expect(page.getByRole("heading", { level: 1, name: `Release R${number}` })).toBeVisible();
  expect(await (await page.request.get("/feed.xml")).text()).toContain(`<title>Release R${number}</title>`);
});
