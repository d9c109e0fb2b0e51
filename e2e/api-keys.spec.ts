import { expect, test } from "@playwright/test";
import { signIn, uniqueTitle } from "./fixtures";

test("an editor makes an API key, sees it once, uses it, and revokes it", async ({ page, request }) => {
  await signIn(page, "editor");
  await page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "API keys" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API keys" })).toBeVisible();

  const name = uniqueTitle("E2E pipeline");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Make key" }).click();

  // Shown once, with the warning, focused so it is read out first.
  await expect(page.getByRole("heading", { name: `Your new key “${name}”` })).toBeFocused();
  await expect(page.getByText("Copy it now: you will not see it again.")).toBeVisible();
  const key = await page.getByLabel("API key", { exact: true }).inputValue();
  expect(key).toMatch(/^rti_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("button", { name: "Copy key" })).toBeVisible();

  // The key works against the REST API as the editor.
  const authorised = { headers: { Authorization: `Bearer ${key}` } };
  expect((await request.get("/api/v1/dyads", authorised)).status()).toBe(200);

  await page.getByRole("button", { name: "Done" }).click();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(key.slice(0, 12));
  // Never shown again: not after "Done", not after a reload.
  await page.reload();
  await expect(row).toBeVisible();
  expect(await page.content()).not.toContain(key);

  // At 375 px the page does not scroll sideways (the table scrolls inside its own region).
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(page.getByText(`Revoke “${name}”`)).toBeFocused();
  await page.getByRole("button", { name: "Revoke now" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Revoked “${name}”` })).toBeVisible();
  await expect(row).toHaveCount(0);

  const refused = await request.get("/api/v1/dyads", authorised);
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe("UNAUTHENTICATED");
});

test("a key needs a name", async ({ page }) => {
  await signIn(page, "editor", "/studio/keys");
  await page.getByRole("button", { name: "Make key" }).click();
  await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Give the key a name, e.g. the pipeline that will use it.")).toBeVisible();
});
