// Public pages are rendered once per release and answered from memory (apps/web/server/page-cache.ts):
// each answer still carries a nonce of its own, in the page and in its policy, gzip-compressed for
// clients that take it, and the browser's client-side navigations still get what they ask for.
import { expect, test, type APIResponse } from "@playwright/test";

const nonceOfPolicy = (response: APIResponse) => /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
const noncesInPage = (html: string) => [...new Set([...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]))];

test("a public page comes from memory on a repeat view, with a fresh nonce each time", async ({ request }) => {
  const first = await request.get("/dyads/rus-usa");
  const second = await request.get("/dyads/rus-usa");
  expect(first.status()).toBe(200);
  expect(second.headers()["x-rti-cache"]).toBe("hit");
  const [a, b] = [await first.text(), await second.text()];
  const [nonceA, nonceB] = [nonceOfPolicy(first), nonceOfPolicy(second)];
  expect(nonceA).toBeTruthy();
  expect(nonceA).not.toBe(nonceB);
  // Every script of each answer carries that answer's own nonce, and the pages are otherwise the same.
  expect(noncesInPage(a)).toEqual([nonceA]);
  expect(noncesInPage(b)).toEqual([nonceB]);
  expect(b.replaceAll(nonceB!, "N")).toBe(a.replaceAll(nonceA!, "N"));
});

test("a kept page is sent gzip-compressed to clients that take it, and as it is to others", async ({ request }) => {
  await request.get("/releases");
  const gzipped = await request.get("/releases", { headers: { "accept-encoding": "gzip, deflate, br" } });
  const plain = await request.get("/releases", { headers: { "accept-encoding": "identity" } });
  expect(gzipped.headers()["x-rti-cache"]).toBe("hit");
  expect(gzipped.headers()["content-encoding"]).toBe("gzip");
  expect(gzipped.headers()["vary"]).toContain("Accept-Encoding");
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  // Playwright decompresses: both read as the same page, each with its own nonce.
  const [a, b] = [await gzipped.text(), await plain.text()];
  expect(a).toContain("</html>");
  expect(a.replaceAll(nonceOfPolicy(gzipped)!, "N")).toBe(b.replaceAll(nonceOfPolicy(plain)!, "N"));
});

test("someone with a cookie, a fetch and the methodology page are rendered for their request", async ({ request }) => {
  expect((await request.get("/dyads/rus-usa", { headers: { cookie: "seen=1" } })).headers()["x-rti-cache"]).toBeUndefined();
  expect((await request.get("/dyads/rus-usa", { headers: { "sec-fetch-dest": "empty" } })).headers()["x-rti-cache"]).toBeUndefined();
  expect((await request.get("/methodology")).headers()["x-rti-cache"]).toBeUndefined();
});

test("a page that redirects or is missing is rendered as usual", async ({ request }) => {
  const reversed = await request.get("/dyads/usa-rus", { maxRedirects: 0 });
  expect([307, 308]).toContain(reversed.status());
  expect(reversed.headers()["location"]).toContain("/dyads/rus-usa");
  const missing = await request.get("/dyads/aaa-zzz");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["x-rti-cache"]).toBeUndefined();
});

test("a page served from memory hydrates, and its links navigate on the client", async ({ page, request }) => {
  await request.get("/"); // kept before the browser asks
  await page.goto("/");
  await expect.poll(() => page.evaluate(() => "next" in window)).toBe(true);
  const link = page.getByRole("table").getByRole("link").first();
  const name = (await link.textContent())!;
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.locator("svg.dyad-chart")).toBeVisible();
});
