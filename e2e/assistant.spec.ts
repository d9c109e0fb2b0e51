import { expect, test } from "@playwright/test";
import { pageAs, uniqueTitle } from "./fixtures";

const ARTICLE = [
  "Russia expels Polish diplomats in tit-for-tat move",
  "",
  "MOSCOW (Example Wire) - Russia on Wednesday expelled two Polish diplomats, the Foreign Ministry in Moscow said, days after Warsaw ordered three Russian diplomats to leave.",
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

  await expect(editor.getByRole("heading", { name: /candidate event/ })).toBeFocused();
  const candidates = editor.getByRole("list").filter({ has: editor.getByRole("button", { name: "Accept as draft" }) }).getByRole("listitem");
  const expulsion = candidates.filter({ hasText: "expelled two Polish diplomats" });
  const condemnation = candidates.filter({ hasText: "condemned the expulsions" });
  // The weekday counts back from the publication day (Monday 22 March 2021).
  await expect(expulsion.getByLabel("Day")).toHaveValue("2021-03-17");
  await expect(condemnation.getByLabel("Day")).toHaveValue("2021-03-18");
  // Each candidate's sentence is marked in the article.
  await expect(editor.getByRole("region", { name: /The article/ }).locator("mark")).toHaveCount(2);

  const titles = [uniqueTitle("Russia expels Polish diplomats"), uniqueTitle("Poland condemns the expulsions")];
  for (const [card, title] of [
    [expulsion, titles[0]!],
    [condemnation, titles[1]!],
  ] as const) {
    await card.getByLabel("Title").fill(title);
    await card.getByRole("button", { name: "Accept as draft" }).click();
    await expect(card.getByRole("status")).toContainText("Saved as a draft");
  }

  await editor.goto("/studio/drafts");
  for (const [title, evidence] of [
    [titles[0]!, "Russia on Wednesday expelled two Polish diplomats"],
    [titles[1]!, "Poland's foreign minister condemned the expulsions on Thursday"],
  ] as const) {
    await editor.goto("/studio/drafts");
    await editor.getByRole("link", { name: title }).click();
    await expect(editor.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(editor.getByRole("link", { name: /Example Wire/ })).toHaveAttribute("href", url);
    await expect(editor.locator("blockquote").filter({ hasText: evidence })).toBeVisible();
  }
});
