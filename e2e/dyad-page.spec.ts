import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";

/** A published procedure's answer over the tRPC HTTP endpoint, as any API consumer reads it. */
async function api<T>(page: Page, path: string, input: unknown): Promise<T> {
  const response = await page.request.get(`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`);
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()).result.data.json as T;
}

type Point = { date: string; value: number; pressure: number; conflict: number; cooperation: number; aToB: number; bToA: number; events: number };

/** The chart's brush appears once its script has run: only then do drags and clicks mean something. */
async function chartReady(page: Page) {
  await expect(page.locator("svg.dyad-chart .chart-brush rect.overlay")).toHaveCount(1);
  await page.locator("svg.dyad-chart").scrollIntoViewIfNeeded();
}

/** Drags across the chart's plot between two fractions of its width. */
async function brush(page: Page, from: number, to: number) {
  await chartReady(page);
  const box = (await page.locator("svg.dyad-chart").boundingBox())!;
  const y = box.y + box.height * 0.55;
  await page.mouse.move(box.x + box.width * from, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * ((from + to) / 2), y, { steps: 5 });
  await page.mouse.move(box.x + box.width * to, y, { steps: 5 });
  await page.mouse.up();
}

test("a reader goes from the dashboard to a dyad, brushes a range, opens an event from its marker, downloads the shown data and goes back a release", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("table").getByRole("link", { name: "Russia – Ukraine" }).click();
  await expect(page).toHaveURL(/\/dyads\/rus-ukr$/);
  await expect(page.getByRole("heading", { level: 1, name: "Russia – Ukraine" })).toBeVisible();

  // Brushing zooms the chart to the dragged days and puts them in the address.
  await brush(page, 0.45, 0.75);
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  const url = new URL(page.url());
  const [from, to] = [url.searchParams.get("from")!, url.searchParams.get("to")!];
  expect(from < to).toBe(true);
  await expect(page.getByText(`Showing ${from} to ${to}.`)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Chart range" }).locator('[aria-current="true"]')).toHaveCount(0);
  // Other tests publish releases meanwhile, so read which one this page shows.
  const latest = Number((await page.getByText(/^Release R\d+ · data as of/).textContent())!.match(/R(\d+)/)![1]);

  // The CSV holds exactly the shown days, equal to the API's series for the same release and days.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`rti-rus-ukr-R${latest}-${from}-to-${to}.csv`);
  const [header, ...rows] = (await readFile((await download.path())!, "utf8")).trim().split("\n");
  const series = await api<{ points: Point[] }>(page, "release.series", { dyad: "rus-ukr", release: latest, from, to });
  const columns = header!.split(",") as (keyof Point)[];
  expect(columns).toEqual(["date", "value", "pressure", "conflict", "cooperation", "aToB", "bToA", "events"]);
  expect(rows.length).toBe(series.points.length);
  expect(rows).toEqual(series.points.map((p) => columns.map((c) => String(p[c])).join(",")));

  // Hovering a marker reads the event out; clicking it opens the event.
  const marker = page.locator("svg.dyad-chart a.chart-event").first();
  const markerName = (await marker.getAttribute("aria-label"))!;
  const title = markerName.replace(/^\d{4}-\d{2}-\d{2}: /, "").replace(/, intensity .*$/, "");
  await chartReady(page);
  await marker.hover();
  await expect(page.locator(".chart-readout")).toContainText(title);
  await marker.click();
  await expect(page).toHaveURL(/\/events\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.goBack();

  // An older release shows that release's values.
  await page.goto("/dyads/rus-ukr");
  const older = await api<{ dyads: { slug: string; value: number }[] }>(page, "release.dyads", { release: 1 });
  const then = older.dyads.find((d) => d.slug === "rus-ukr")!.value;
  await page.getByLabel("Release", { exact: true }).selectOption("1");
  await expect(page).toHaveURL(/release=1/);
  await expect(page.getByText("Release R1 · data as of 2022-03-31")).toBeVisible();
  await expect(page.locator(".dyad-value")).toContainText(then.toFixed(2));
});

test("clicking a day explains it; overlays and the explained day live in the address", async ({ page }) => {
  await page.goto("/dyads/rus-ukr?release=2");
  await chartReady(page);
  const box = (await page.locator("svg.dyad-chart").boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.85);
  await expect(page).toHaveURL(/day=\d{4}-\d{2}-\d{2}/);
  const day = new URL(page.url()).searchParams.get("day")!;
  const moved = page.locator("#what-moved-it");
  await expect(moved.getByText(`On ${day} the index stood at`)).toBeVisible();
  const explained = await api<{ value: number; contributions: { event: { title: string } }[] }>(page, "release.explain", { dyad: "rus-ukr", release: 2, date: day });
  await expect(moved).toContainText(explained.value.toFixed(2));
  await expect(moved.getByRole("link", { name: explained.contributions[0]!.event.title })).toBeVisible();

  await page.getByLabel("Compare with").selectOption({ label: "China – United States" });
  await page.getByRole("button", { name: "Add" }).click();
  await expect(page).toHaveURL(/compare=chn-usa/);
  await expect(page).toHaveURL(new RegExp(`day=${day}`));
  await expect(page.locator("path.chart-overlay")).toHaveCount(1);
  await page.reload();
  await expect(page.locator("path.chart-overlay")).toHaveCount(1);
  await page.getByRole("link", { name: "Remove China – United States from the chart" }).click();
  await expect(page).not.toHaveURL(/compare=/);
  await expect(page.locator("path.chart-overlay")).toHaveCount(0);
});

test("the chart downloads as SVG and PNG, and offers its embed code", async ({ page }) => {
  await page.goto("/dyads/rus-usa?release=2&range=5y");
  const svgDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download SVG" }).click();
  const svg = await readFile((await (await svgDownload).path())!, "utf8");
  expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain("Russia – United States · Relations Tension Index");
  expect(svg).toContain("release R2");
  expect(svg).not.toContain("chart-brush");

  const pngDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download PNG" }).click();
  const png = await readFile((await (await pngDownload).path())!);
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  expect(png.readUInt32BE(16)).toBe(1600); // twice the chart's width

  const code = await page.getByLabel("Embed this chart on your site").inputValue();
  const src = code.match(/src="([^"]+)"/)![1]!;
  expect(new URL(src).pathname).toBe("/embed/dyads/rus-usa");
  const embed = await page.request.get(src);
  expect(embed.status()).toBe(200);
});

test("a dyad named in the other order redirects to its canonical address; an unknown one is a 404", async ({ page }) => {
  await page.goto("/dyads/ukr-rus?range=1y");
  await expect(page).toHaveURL(/\/dyads\/rus-ukr\?range=1y$/);
  await expect(page.getByRole("heading", { level: 1, name: "Russia – Ukraine" })).toBeVisible();

  const response = await page.goto("/dyads/qqq-zzz");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Dyad not found" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "dashboard", exact: true })).toHaveAttribute("href", "/");
});
