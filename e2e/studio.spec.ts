import { expect, test } from "@playwright/test";

const EDITOR = { email: "editor@demo.rti.example", password: "demo-editor-pass" };

test("the home page ranks the seeded dyads of the latest release", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("How tense are relations");
  const ranking = page.getByRole("table", { name: /ranked by its index value/ });
  await expect(ranking.getByRole("row").filter({ hasText: "Russia – United States" })).toContainText(/\d+\.\d{2}/);
  await expect(ranking.getByRole("row").filter({ hasText: "Armenia – Azerbaijan" })).toBeVisible();
});

test("the studio asks for sign-in, then shows the demo editor and their role", async ({ page }) => {
  await page.goto("/studio");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fstudio|\/sign-in\?next=\/studio/);
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Password").fill(EDITOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(/\/studio$/);
  await expect(page.getByRole("heading", { name: "Studio" })).toBeVisible();
  await expect(page.getByText(EDITOR.email)).toBeVisible();
  await expect(page.getByRole("list").filter({ hasText: "editor" })).toContainText("drafts events");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/studio");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a wrong password is refused with a message and no session", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  // Next.js keeps its own (empty) route announcer with role="alert"; look for ours by text.
  await expect(page.getByRole("alert").filter({ hasText: "That email and password do not match an account." })).toBeVisible();
  await page.goto("/studio");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the health endpoint reports the database and migration", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", database: { reachable: true } });
  expect(body.migration).toMatch(/^\d{4}_/);
});
