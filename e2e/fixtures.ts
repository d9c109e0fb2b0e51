// Shared steps for end-to-end tests. Every test makes its own uniquely named data, so tests
// can run in parallel against one server without seeing each other's work.
import { expect, type Browser, type Page } from "@playwright/test";

export const DEMO = {
  editor: { email: "editor@demo.rti.example", password: "demo-editor-pass" },
  reviewer: { email: "reviewer@demo.rti.example", password: "demo-reviewer-pass" },
  publisher: { email: "publisher@demo.rti.example", password: "demo-publisher-pass" },
  admin: { email: "admin@demo.rti.example", password: "demo-admin-pass" },
} as const;

export const uniqueTitle = (what: string) => `${what} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export async function signIn(page: Page, who: keyof typeof DEMO, next = "/studio") {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(DEMO[who].email);
  await page.getByLabel("Password").fill(DEMO[who].password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/g, "\\$&")}$`));
}

/** A page in a browser context of its own, signed in as a demo user. */
export async function pageAs(browser: Browser, who: keyof typeof DEMO, next?: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, who, next);
  return page;
}

async function pick(page: Page, label: string, search: string, option: RegExp) {
  const box = page.getByRole("combobox", { name: label });
  await box.fill(search);
  await page.getByRole("option", { name: option }).first().click();
}

/** Fills the event form and saves the draft; returns the new event's page URL. */
export async function draftEvent(page: Page, title: string) {
  await page.goto("/studio/events/new");
  await pick(page, "Source actor", "Russia", /Russia \(RUS\)/);
  await pick(page, "Target actor", "United States", /United States \(USA\)/);
  await page.getByLabel("Date", { exact: true }).fill("2021-03-17");
  await pick(page, "CAMEO code", "161", /^161\b/);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Source URL").fill("https://example.org/recall");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/studio\/events\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return page.url();
}

/**
 * Drafts a release in the studio and publishes it; returns its number. Other tests publish too:
 * when one lands between draft and publish, the stale draft is discarded and drafted again.
 */
export async function publishRelease(page: Page, notes: string): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    await page.goto("/studio/releases");
    await page.getByLabel("Notes").fill(notes);
    await page.getByRole("button", { name: "Create draft" }).click();
    await expect(page).toHaveURL(/\/studio\/releases\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    await page.getByRole("button", { name: /^Publish as R\d+$/ }).click();
    await page.getByRole("button", { name: "Publish now" }).click();
    const published = page.getByRole("heading", { level: 1, name: /^Release R\d+$/ });
    const stale = page.getByRole("alert").filter({ hasText: "was published after this draft was made" });
    await expect(published.or(stale)).toBeVisible({ timeout: 30_000 });
    if (await published.isVisible()) return Number((await published.textContent())!.slice("Release R".length));
    if (attempt === 3) throw new Error("Other releases kept landing before this one could be published.");
    await page.getByRole("button", { name: "Discard draft" }).click();
    await page.getByRole("button", { name: "Discard now" }).click();
    await expect(page).toHaveURL(/\/studio\/releases$/);
  }
}
