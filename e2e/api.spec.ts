// The public REST API on the production server: its docs page, its document, and a series read
// as JSON and CSV with HTTP caching, as a newsroom's script would.
import { expect, test } from "@playwright/test";

test("the API docs page, reached from the site's header, lists every operation of the document", async ({ page, request }) => {
  const doc = (await (await request.get("/api/v1/openapi.json")).json()) as { paths: Record<string, Record<string, unknown>> };
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API" }).click();
  await expect(page).toHaveURL(/\/api\/docs$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API");
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of Object.keys(item)) {
      await expect(page.getByRole("heading", { level: 3, name: `${method.toUpperCase()} ${path}`, exact: true })).toBeVisible();
    }
  }
  const series = page.getByRole("region", { name: "Parameters of GET /dyads/{slug}/series" });
  await expect(series.getByRole("row").filter({ hasText: "format" })).toContainText('"json" | "csv"');
  await expect(page.getByLabel("curl example for GET /dyads/{slug}/series")).toContainText("/api/v1/dyads/rus-usa/series");
});

test("a pinned series reads the same as JSON and CSV, and is served from cache once its ETag is known", async ({ request }) => {
  const json = await request.get("/api/v1/dyads/rus-usa/series?release=1&from=2022-03-01");
  expect(json.status()).toBe(200);
  expect(json.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(json.headers()["access-control-allow-origin"]).toBe("*");
  const body = (await json.json()) as { release: { number: number }; points: { date: string; value: number }[] };
  expect(body.release.number).toBe(1);

  const csv = await request.get("/api/v1/dyads/rus-usa/series?release=1&from=2022-03-01&format=csv");
  const lines = (await csv.text()).trimEnd().split("\n");
  expect(lines[0]).toBe("date,value,pressure,conflict,cooperation,events");
  expect(lines.slice(1).map((line) => [line.split(",")[0], Number(line.split(",")[1])])).toEqual(body.points.map((p) => [p.date, p.value]));

  const again = await request.get("/api/v1/dyads/rus-usa/series?release=1&from=2022-03-01", { headers: { "If-None-Match": json.headers()["etag"]! } });
  expect(again.status()).toBe(304);
});

test("API reads come gzip-compressed to clients that take it, the same bytes as uncompressed, and HEAD answers headers only", async ({ request }) => {
  const address = "/api/v1/dyads/rus-usa/series?release=1&format=csv";
  const gzipped = await request.get(address, { headers: { "accept-encoding": "gzip" } });
  const again = await request.get(address, { headers: { "accept-encoding": "gzip" } });
  const plain = await request.get(address, { headers: { "accept-encoding": "identity" } });
  expect(gzipped.headers()["content-encoding"]).toBe("gzip");
  expect(gzipped.headers()["vary"]).toContain("Accept-Encoding");
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  // Playwright decompresses: all three read the same.
  const text = await plain.text();
  expect(text.split("\n").length).toBeGreaterThan(100);
  expect(await gzipped.text()).toBe(text);
  expect(await again.text()).toBe(text);
  const head = await request.head(address);
  expect(head.status()).toBe(200);
  expect(head.headers()["etag"]).toBe(plain.headers()["etag"]);
  expect(await head.body()).toHaveLength(0);
});
