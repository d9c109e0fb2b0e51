import { expect, test } from "@playwright/test";
import { draftEvent, pageAs, uniqueTitle } from "./fixtures";

test("an event goes from draft through changes requested to approved, with four eyes", async ({ browser }) => {
  const editor = await pageAs(browser, "editor");
  const title = uniqueTitle("Russia recalls its ambassador");
  const eventUrl = await draftEvent(editor, title);

  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByText("In review", { exact: true }).first()).toBeVisible();
  // The author cannot decide on their own work: no decision buttons, no review queue.
  await expect(editor.getByRole("button", { name: "Approve" })).toHaveCount(0);
  const queue = await editor.goto("/studio/review");
  expect(queue?.status()).toBe(404);

  const reviewer = await pageAs(browser, "reviewer", "/studio/review");
  const item = reviewer.getByRole("listitem").filter({ hasText: title });
  await item.getByLabel("Comment", { exact: true }).fill("Please add the date of the interview that prompted this.");
  await item.getByRole("button", { name: "Request changes" }).click();
  await expect(reviewer.getByRole("listitem").filter({ hasText: title })).toHaveCount(0);

  await editor.goto(eventUrl);
  await expect(editor.getByText("Changes requested", { exact: true }).first()).toBeVisible();
  await expect(editor.getByText("Please add the date of the interview")).toBeVisible();
  await editor.getByRole("link", { name: "Edit" }).click();
  await editor.getByLabel("Summary").fill("Recalled after the US president's 16 March interview.");
  await editor.getByLabel("Change note").fill("Added the interview date");
  await editor.getByRole("button", { name: "Save revision" }).click();
  await expect(editor).toHaveURL(eventUrl);
  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByText("In review", { exact: true }).first()).toBeVisible();

  await reviewer.goto("/studio/review");
  const again = reviewer.getByRole("listitem").filter({ hasText: title });
  await expect(again.getByText("Recalled after the US president's 16 March interview.")).toBeVisible();
  await again.getByLabel("Comment", { exact: true }).fill("Checked against the source.");
  await again.getByRole("button", { name: "Approve" }).click();
  await expect(reviewer.getByRole("listitem").filter({ hasText: title })).toHaveCount(0);

  await editor.goto(eventUrl);
  await expect(editor.getByText("Approved", { exact: true }).first()).toBeVisible();
});

test("two people editing one event get a visible conflict, not a lost edit", async ({ browser }) => {
  const first = await pageAs(browser, "editor");
  const eventUrl = await draftEvent(first, uniqueTitle("Sanctions announced"));
  const second = await pageAs(browser, "editor");

  await first.goto(`${eventUrl}/edit`);
  await second.goto(`${eventUrl}/edit`);
  await first.getByLabel("Title").fill("Edited in the first window");
  await first.getByRole("button", { name: "Save revision" }).click();
  await expect(first).toHaveURL(eventUrl);

  await second.getByLabel("Title").fill("Edited in the second window");
  await second.getByRole("button", { name: "Save revision" }).click();
  await expect(second.getByRole("alert").filter({ hasText: "Someone else saved revision 2" })).toBeVisible();
  // Both versions are on screen, and nothing typed in the second window is lost.
  await expect(second.getByText("Edited in the first window").first()).toBeVisible();
  await expect(second.getByLabel("Title")).toHaveValue("Edited in the second window");

  await second.getByRole("button", { name: "Apply my changes to the latest revision" }).click();
  await second.getByRole("button", { name: "Save revision" }).click();
  await expect(second).toHaveURL(eventUrl);
  await expect(second.getByRole("heading", { level: 1 })).toHaveText("Edited in the second window");
});

test("text from the news is shown as text, never run", async ({ browser }) => {
  const editor = await pageAs(browser, "editor");
  let dialogs = 0;
  editor.on("dialog", (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  const unique = uniqueTitle("x");
  const hostile = `<img src=x onerror=alert(1)> ${unique}`;
  await draftEvent(editor, hostile);
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText(hostile);
  // Searched for, so other tests' events (an import adds hundreds) cannot push it off the page.
  await editor.goto(`/studio/events?q=${encodeURIComponent(unique)}`);
  await expect(editor.getByRole("link", { name: hostile })).toBeVisible();
  expect(dialogs).toBe(0);
  expect(await editor.locator("img[src='x']").count()).toBe(0);
});
