// Security headers (issue 8): a nonce-based CSP on every page, framing only for the embed page,
// and pages that still run their scripts under that policy.
import { expect, test, type Page } from "@playwright/test";
import { DEMO } from "./fixtures";

/** One directive's value from a Content-Security-Policy header. */
function directive(csp: string, name: string): string | undefined {
  return csp
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `))
    ?.slice(name.length + 1);
}

for (const path of ["/", "/dyads/rus-usa"]) {
  test(`${path} answers with a nonce-based CSP that forbids framing`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.ok()).toBe(true);
    const headers = response.headers();
    const scripts = directive(headers["content-security-policy"] ?? "", "script-src");
    expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(scripts).not.toContain("unsafe-inline");
    expect(directive(headers["content-security-policy"]!, "frame-ancestors")).toBe("'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    // The test server speaks plain HTTP, where HSTS must not be sent.
    expect(headers["strict-transport-security"]).toBeUndefined();
  });
}

test("the embed page may be framed by any site", async ({ request }) => {
  const response = await request.get("/embed/dyads/rus-usa");
  expect(response.ok()).toBe(true);
  const headers = response.headers();
  expect(directive(headers["content-security-policy"] ?? "", "frame-ancestors")).toBe("*");
  expect(headers["x-frame-options"]).toBeUndefined();
});

test("API answers are not sniffed, and HSTS comes when a TLS proxy forwards them", async ({ request }) => {
  const plain = await request.get("/api/health");
  expect(plain.headers()["x-content-type-options"]).toBe("nosniff");
  const tls = await request.get("/api/health", { headers: { "x-forwarded-proto": "https" } });
  expect(tls.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  // The REST API bypasses the proxy and sets the same headers itself.
  const read = await request.get("/api/v1/dyads", { headers: { "x-forwarded-proto": "https" } });
  expect(read.ok()).toBe(true);
  expect(read.headers()["x-content-type-options"]).toBe("nosniff");
  expect(read.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  const upload = await request.post("/api/v1/imports?format=csv&name=x.csv", { data: "x", headers: { "content-type": "text/csv", "x-forwarded-proto": "https" } });
  expect(upload.status()).toBe(401);
  expect(upload.headers()["x-content-type-options"]).toBe("nosniff");
  expect(upload.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  expect(directive(upload.headers()["content-security-policy"] ?? "", "frame-ancestors")).toBe("'none'");
});

/** Collects every CSP violation the page reports, from the console and from the DOM event. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(message.text());
  });
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`);
    });
  });
  return violations;
}

/** Next's client runtime sets window.next once its scripts have run. */
async function expectScriptsRan(page: Page) {
  await expect.poll(() => page.evaluate(() => "next" in window)).toBe(true);
}

test("the home page runs its scripts with no CSP violation", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("How tense are relations");
  await expectScriptsRan(page);
  expect(violations).toEqual([]);
});

test("a dyad page hydrates its chart with no CSP violation", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto("/dyads/rus-usa");
  // The brush overlay and the read-out are drawn by client code: they prove the page hydrated.
  await expect(page.locator("svg.dyad-chart .chart-brush rect.overlay")).toHaveCount(1);
  const chart = page.locator("svg.dyad-chart");
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
  await expect(page.locator(".chart-readout")).not.toContainText("Point at the line");
  expect(violations).toEqual([]);
});

test("the studio's sign-in page works with no CSP violation", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto("/studio");
  await expect(page).toHaveURL(/\/sign-in/);
  await expectScriptsRan(page);
  await page.getByLabel("Email").fill(DEMO.editor.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "That email and password do not match an account." })).toBeVisible();
  expect(violations).toEqual([]);
});
