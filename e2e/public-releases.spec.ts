import { expect, test } from "@playwright/test";

test("a reader browses the releases, opens R2's changelog and the corrections", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Releases" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Releases" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Release R1" })).toBeVisible();
  await expect(page.getByText(/\d+ events? added/).first()).toBeVisible();

  await page.getByRole("link", { name: "Release R2" }).click();
  await expect(page).toHaveURL(/\/releases\/2$/);
  await expect(page.getByRole("heading", { level: 1, name: "Release R2" })).toBeVisible();
  await expect(page.getByText("Compared with R1.")).toBeVisible();
  const added = page.getByRole("table", { name: "Events added" });
  await expect(added.getByRole("row").nth(1)).toBeVisible();
  // The public page never sends readers into the studio.
  await expect(page.locator('main a[href^="/studio"]')).toHaveCount(0);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Corrections" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Corrections" })).toBeVisible();
  await expect(page.getByText("No corrections yet.").or(page.getByText(/Took effect in/).first())).toBeVisible();
});

test("an unknown or malformed release number is a 404 that points to the list", async ({ page }) => {
  for (const number of ["999999", "r2"]) {
    const response = await page.goto(`/releases/${number}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Release not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "list of releases" })).toHaveAttribute("href", "/releases");
  }
});

test("the Atom feed lists the releases and every page announces it", async ({ page, request }) => {
  const response = await request.get("/feed.xml");
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const root = doc.documentElement;
    return {
      error: doc.getElementsByTagName("parsererror").length > 0,
      namespace: root.namespaceURI,
      name: root.localName,
      titles: [...root.getElementsByTagName("entry")].map((e) => e.getElementsByTagName("title")[0]?.textContent),
    };
  }, xml);
  expect(feed.error).toBe(false);
  expect(feed.name).toBe("feed");
  expect(feed.namespace).toBe("http://www.w3.org/2005/Atom");
  expect(feed.titles).toContain("Release R1");

  await page.goto("/");
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", "/feed.xml");
});
