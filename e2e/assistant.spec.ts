import { expect, test } from "@playwright/test";
import { pageAs, uniqueTitle } from "./fixtures";

const ARTICLE = [
  "MOSCOW (Example Wire) - Russia on Wednesday expelled two Polish diplomats, the Foreign Ministry in Moscow said.",
  "Poland's foreign minister condemned the expulsions on Thursday and said the move was unjustified.",
].join("\n");

test("an editor pastes an article, accepts two candidates, and finds them as drafts citing the article with the evidence", async ({ browser }) => {
  const editor = await pageAs(browser, "editor", "/studio/assistant");
  const url = `https://example.org/${uniqueTitle("expulsions").replace(/\s+/g, "-")}`;
  await editor.getByLabel("Article text").fill(ARTICLE);
  await editor.getByLabel("Published on").fill("2021-03-22");
  await editor.getByLabel("Article address").fill(url);
  await editor.getByLabel("Publisher (optional)").fill("Example Wire");
  await editor.getByRole("button", { name: "Find events" }).click();

  await expect(editor.getByRole("heading", { name: "2 candidate events" })).toBeFocused();
  const candidates = editor.getByRole("region", { name: "2 candidate events" }).getByRole("listitem");
  const expulsion = candidates.filter({ hasText: "expelled two Polish diplomats" });
  const condemnation = candidates.filter({ hasText: "condemned the expulsions" });
  // The weekday counts back from the publication day (Monday 22 March 2021).
  await expect(expulsion.getByLabel("Day")).toHaveValue("2021-03-17");
  await expect(condemnation.getByLabel("Day")).toHaveValue("2021-03-18");
  // Each candidate's sentence is marked in the article.
  await expect(editor.getByRole("region", { name: /The article/ }).locator("mark")).toHaveCount(2);

  const titles = [uniqueTitle("Russia expels Polish diplomats"), uniqueTitle("Poland condemns the expulsions")];
  const saved: string[] = [];
  for (const [card, title] of [
    [expulsion, titles[0]!],
    [condemnation, titles[1]!],
  ] as const) {
    await card.getByLabel("Title").fill(title);
    await card.getByRole("button", { name: "Accept as draft" }).click();
    const status = card.getByRole("status");
    await expect(status).toContainText("Saved as a draft");
    saved.push((await status.getByRole("link", { name: title }).getAttribute("href"))!);
  }

  // Each is a draft of the editor's, citing the article, with its sentence as the quote.
  for (const [i, evidence] of ["Russia on Wednesday expelled two Polish diplomats", "Poland's foreign minister condemned the expulsions on Thursday"].entries()) {
    await editor.goto(saved[i]!);
    await expect(editor.getByRole("heading", { level: 1 })).toHaveText(titles[i]!);
    await expect(editor.getByText("Draft", { exact: true }).first()).toBeVisible();
    await expect(editor.getByRole("link", { name: /Example Wire/ })).toHaveAttribute("href", url);
    await expect(editor.locator("blockquote").filter({ hasText: evidence })).toBeVisible();
  }
});
