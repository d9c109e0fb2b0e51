// The dashboard's budgets (issue 5, "Quality"): no axe-core violations in either colour scheme,
// the dyad page's first-load JavaScript under 200 KB gzipped, every chart marker reachable by
// keyboard, and screenshots at desktop and phone widths for review.
import path from "node:path";
import { gzipSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const SCREENSHOTS = path.join(import.meta.dirname, "screenshots");
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const JS_BUDGET = 200 * 1024;

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/** One paragraph per rule: what it checks, then each offending element and what to fix. */
const readable = (violations: Violation[]) =>
  violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `  at ${n.target.join(" ")}\n    ${(n.failureSummary ?? "").replace(/\n/g, "\n    ")}`);
      return `${v.id} (${v.impact ?? "?"}): ${v.help} ${v.helpUrl}\n${nodes.join("\n")}`;
    })
    .join("\n\n");

/** The event page a reader reaches from the dyad page's list of events. */
async function openEventFromList(page: Page) {
  await page.goto("/dyads/rus-ukr");
  await page.locator('tr[id^="event-"]').first().getByRole("link").click();
  await page.waitForURL(/\/events\/[0-9a-f-]{36}$/);
}

const PAGES: [name: string, open: (page: Page) => Promise<unknown>][] = [
  ["home", (page) => page.goto("/")],
  ["dyad", (page) => page.goto("/dyads/rus-ukr")],
  ["dyad with an overlay and an explained day", (page) => page.goto("/dyads/rus-ukr?compare=chn-usa&day=2025-03-01")],
  ["event", openEventFromList],
  ["releases", (page) => page.goto("/releases")],
  ["release R1", (page) => page.goto("/releases/1")],
  ["release R2", (page) => page.goto("/releases/2")],
  ["corrections", (page) => page.goto("/corrections")],
  ["methodology", (page) => page.goto("/methodology")],
  ["API docs", (page) => page.goto("/api/docs")],
];

// Light and dark on a desktop; on a phone, wide tables scroll and must stay reachable.
const MODES = [
  { colorScheme: "light", width: 1280 },
  { colorScheme: "dark", width: 1280 },
  { colorScheme: "light", width: 375 },
] as const;

for (const { colorScheme, width } of MODES) {
  for (const [name, open] of PAGES) {
    test(`axe finds no WCAG 2.1 A/AA violations on the ${name} page in ${colorScheme} mode at ${width} px`, async ({ page }) => {
      test.slow(); // axe walks every element of the page: seconds on a busy machine.
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await open(page);
      // Client components change the server's markup once they run: check what a reader ends up with.
      await page.waitForLoadState("networkidle");
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
      expect(readable(violations), `axe violations on ${page.url()} (${colorScheme})`).toBe("");
    });
  }
}

test("the dyad page's first-load JavaScript is under 200 KB gzipped", async ({ page }) => {
  const scripts = new Map<string, Promise<number>>();
  page.on("response", (response) => {
    const url = response.url();
    if (response.request().resourceType() !== "script" || scripts.has(url)) return;
    // Measured as a server sends it: gzip at zlib's default level.
    scripts.set(
      url,
      response.body().then((body) => gzipSync(body).length),
    );
  });
  await page.goto("/dyads/rus-ukr", { waitUntil: "networkidle" });
  const sizes = await Promise.all([...scripts].map(async ([url, size]) => ({ file: new URL(url).pathname, bytes: await size })));
  expect(sizes.length).toBeGreaterThan(0);
  const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const biggest = sizes.toSorted((a, b) => b.bytes - a.bytes).slice(0, 5);
  const report = `${kb(total)} gzipped in ${sizes.length} scripts (budget ${kb(JS_BUDGET)}); biggest: ${biggest.map((s) => `${s.file} ${kb(s.bytes)}`).join(", ")}`;
  test.info().annotations.push({ type: "first-load JavaScript of /dyads/rus-ukr", description: report });
  console.log(`First-load JavaScript of /dyads/rus-ukr: ${report}`);
  expect(total, report).toBeLessThan(JS_BUDGET);
});

test("every chart marker is reachable with Tab, in order, and Enter opens its event", async ({ page }) => {
  await page.goto("/dyads/rus-ukr");
  // The brush appears once the chart's script has run, so the page is as interactive as it gets.
  await expect(page.locator("svg.dyad-chart .chart-brush rect.overlay")).toHaveCount(1);
  const markers = page.locator("svg.dyad-chart a.chart-event");
  const labels = await markers.evaluateAll((els) => els.map((el) => el.getAttribute("aria-label")));
  expect(labels.length).toBeGreaterThan(0);

  // Focus the last focusable element before the chart in document order (no element has a positive tabindex).
  const before = await page.locator("svg.dyad-chart").evaluate((chart) => {
    const focusable = [...document.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, summary, [tabindex]")].filter(
      (el) =>
        !chart.contains(el) &&
        el.compareDocumentPosition(chart) & Node.DOCUMENT_POSITION_FOLLOWING &&
        !el.matches(':disabled, [tabindex="-1"], input[type="hidden"]') &&
        el.getClientRects().length > 0,
    );
    const last = focusable.at(-1)!;
    last.focus();
    return document.activeElement === last ? last.outerHTML.slice(0, 120) : null;
  });
  expect(before, "the element before the chart takes focus").not.toBeNull();

  // Tab until focus leaves the chart; anything focused inside it that is not a marker shows up in the list.
  const reached: (string | null)[] = [];
  for (let i = 0; i <= labels.length + 1; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el?.closest("svg.dyad-chart")) return { inChart: false, label: null };
      return { inChart: true, label: el.matches("a.chart-event") ? el.getAttribute("aria-label") : `not a marker: <${el.tagName}>` };
    });
    if (!focused.inChart) break;
    reached.push(focused.label);
  }
  expect(reached).toEqual(labels);

  // Back from the element after the chart to its last marker, and open it.
  await page.keyboard.press("Shift+Tab");
  const last = markers.last();
  await expect(last).toBeFocused();
  const href = (await last.getAttribute("href"))!;
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.pathname === href, { waitUntil: "commit" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

for (const width of [1280, 375]) {
  for (const [name, address] of [
    ["home", "/"],
    ["dyad-rus-ukr", "/dyads/rus-ukr"],
  ] as const) {
    test(`${name} at ${width} px: a full-page screenshot for review${width < 400 ? ", and nothing but scrollers overflows" : ""}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(address, { waitUntil: "networkidle" });
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
      if (width >= 400) return;
      // The elements that stick out of the page, outside any scroller of their own (the chart's, the tables').
      const overflow = await page.evaluate(() => ({
        width: document.scrollingElement!.scrollWidth,
        culprits: [...document.body.querySelectorAll("*")]
          .filter((el) => {
            if (el.getBoundingClientRect().right <= window.innerWidth) return false;
            for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
              if (getComputedStyle(up).overflowX !== "visible") return false;
            }
            return true;
          })
          .slice(0, 5)
          .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}">`),
      }));
      expect(overflow.width, `wider than the screen: ${overflow.culprits.join(", ")}`).toBeLessThanOrEqual(width);
    });
  }
}
