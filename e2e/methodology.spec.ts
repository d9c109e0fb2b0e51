import { expect, test } from "@playwright/test";

test("the methodology page shows the formulas, the stored versions and every CAMEO code's intensity", async ({ page }) => {
  await page.goto("/methodology");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How the index is computed");
  await expect(page.getByText("T_d = 50 + 50 · tanh(P_d / K)")).toBeVisible();
  const versions = page.getByRole("table", { name: /Methodology versions/ });
  await expect(versions.getByRole("row").filter({ hasText: "RTI-1" })).toContainText("30 days");
  await page.getByText("Reduce relations", { exact: false }).first().click();
  await expect(page.getByRole("row").filter({ hasText: "Reduce or break diplomatic relations" })).toContainText("−4.0");
});
