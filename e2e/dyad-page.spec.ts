import { expect, test } from "@playwright/test";

test("a reader opens a dyad from the dashboard, explores its chart and downloads its data", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("table").getByRole("link", { name: "Russia – Ukraine" }).click();
  await expect(page).toHaveURL(/\/dyads\/rus-ukr$/);
  await expect(page.getByRole("heading", { level: 1, name: "Russia – Ukraine" })).toBeVisible();
  await expect(page.getByText(/Release R\d+ · data as of \d{4}-\d{2}-\d{2}/)).toBeVisible();

  const marker = page.getByRole("link", { name: /Russia launches a full-scale invasion/ }).first();
  await expect(marker).toBeVisible();
  await marker.focus();
  await expect(marker).toBeFocused();

  const ranges = page.getByRole("navigation", { name: "Chart range" });
  await ranges.getByRole("link", { name: "1Y" }).click();
  await expect(page).toHaveURL(/range=1y/);
  await expect(ranges.getByRole("link", { name: "1Y" })).toHaveAttribute("aria-current", "true");
  await ranges.getByRole("link", { name: "All" }).click();
  await expect(page).not.toHaveURL(/range=/);
  await expect(page.getByRole("link", { name: /Russia launches a full-scale invasion/ }).first()).toBeVisible();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^rti-rus-ukr-R\d+\.csv$/);
  const csv = await page.request.get((await page.getByRole("link", { name: "Download CSV" }).getAttribute("href"))!);
  expect(await csv.text()).toMatch(/^date,value,/);
});

test("a dyad named in the other order redirects to its canonical address; an unknown one is a 404", async ({ page }) => {
  await page.goto("/dyads/ukr-rus");
  await expect(page).toHaveURL(/\/dyads\/rus-ukr$/);
  await expect(page.getByRole("heading", { level: 1, name: "Russia – Ukraine" })).toBeVisible();

  const response = await page.goto("/dyads/qqq-zzz");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Dyad not found" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "dashboard", exact: true })).toHaveAttribute("href", "/");
});
