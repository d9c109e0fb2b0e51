import { expect, test } from "@playwright/test";

test("the home page lists the latest release's newest events, each opening its event and its dyad", async ({ page }) => {
  await page.goto("/");
  const section = page.getByRole("region", { name: "Newest events in this release" });
  const items = section.getByRole("listitem");
  await expect(items.first()).toBeVisible();
  expect(await items.count()).toBeLessThanOrEqual(10);
  const dates = await section.locator("time").allTextContents();
  expect(dates).toEqual([...dates].sort().reverse());

  const first = items.first();
  const event = first.getByRole("link").first();
  const title = (await event.textContent())!;
  const dyad = first.getByRole("link").nth(1);
  const dyadHref = (await dyad.getAttribute("href"))!;
  expect(dyadHref).toMatch(/^\/dyads\/[a-z]{3,5}-[a-z]{3,5}$/);
  await expect(first).toContainText(/Intensity [−+]?\d/);

  await event.click();
  await expect(page).toHaveURL(/\/events\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await page.goBack();
  await page.getByRole("region", { name: "Newest events in this release" }).getByRole("link").nth(1).click();
  await expect(page).toHaveURL(new RegExp(`${dyadHref}$`));
});
