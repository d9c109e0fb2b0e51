import { expect, test } from "@playwright/test";

test("a reader follows an event from a dyad's list to its page: facts, sources, releases", async ({ page }) => {
  await page.goto("/dyads/rus-usa");
  const release = (await page.getByText(/Release R\d+ · data as of/).first().textContent())!.match(/R(\d+)/)![1];
  // The events list keeps each row's anchor (the chart links to it); the title links to the event's page.
  const row = page.locator('tr[id^="event-"]').first();
  const date = (await row.locator("td").first().textContent())!.trim();
  const link = row.getByRole("link");
  const title = (await link.textContent())!.trim();
  await link.click();
  // A client-side navigation: wait for it as for a page load, not an assertion's few seconds.
  await page.waitForURL(/\/events\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));

  const facts = page.getByRole("region", { name: "What happened" });
  await expect(facts.getByText(date, { exact: true })).toBeVisible();
  await expect(facts.getByRole("link", { name: "Russia – United States" })).toHaveAttribute("href", "/dyads/rus-usa");

  const intensity = page.getByRole("region", { name: "Code and intensity" });
  await expect(intensity.getByText(/Goldstein scale, from −10/)).toBeVisible();
  await expect(intensity.getByRole("link", { name: "methodology" })).toHaveAttribute("href", "/methodology");

  const source = page.getByRole("region", { name: "Sources" }).getByRole("link").first();
  await expect(source).toHaveAttribute("href", /^https?:\/\//);
  await expect(source).toHaveAttribute("rel", /noopener noreferrer/);

  const releases = page.getByRole("region", { name: /Releases that include it/ });
  await expect(releases.getByRole("link", { name: `Release R${release}`, exact: true })).toHaveAttribute("href", `/releases/${release}`);
  await expect(page.getByRole("region", { name: "Revision history" }).getByRole("heading", { level: 3 }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Retracted" })).toHaveCount(0);
});

test("an unknown or malformed event id is a 404 that points to the dashboard and the releases", async ({ page }) => {
  for (const id of ["00000000-0000-4000-8000-000000000000", "not-an-event"]) {
    const response = await page.goto(`/events/${id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Event not found" })).toBeVisible();
    const main = page.getByRole("main");
    await expect(main.getByRole("link", { name: "dashboard", exact: true })).toHaveAttribute("href", "/");
    await expect(main.getByRole("link", { name: "releases", exact: true })).toHaveAttribute("href", "/releases");
  }
});
