// Markup in an event's text, published, is shown as text on every public page that lists it
// (the studio's pages are covered in workflow.spec.ts): the event page, the home's newest
// events, the dyad's events and the release's changelog. The event goes in through the REST
// API with the demo keys, as a pipeline would send it.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { uniqueTitle } from "./fixtures";

const as = (role: "editor" | "reviewer" | "publisher") => ({ Authorization: `Bearer rti_demo-${role}-key` });

async function ok(response: ReturnType<APIRequestContext["post"]>) {
  const answer = await response;
  expect(answer.ok(), await answer.text()).toBe(true);
  return (await answer.json()) as { id: string; number?: number };
}

/** Drafts, approves and publishes an event of today between Iceland and New Zealand; returns its id and release. */
async function publishEvent(request: APIRequestContext, title: string) {
  const today = new Date().toISOString().slice(0, 10);
  const event = await ok(
    request.post("/api/v1/events", {
      headers: as("editor"),
      data: { source: "ISL", target: "NZL", date: today, code: "042", title, summary: title, sources: [{ url: "https://example.org/markup", quote: title }] },
    }),
  );
  await ok(request.post(`/api/v1/events/${event.id}/submit`, { headers: { ...as("editor"), "If-Match": '"1"' } }));
  await ok(request.post(`/api/v1/events/${event.id}/reviews`, { headers: as("reviewer"), data: { revision: 1, decision: "approve", comment: "Checked." } }));
  // Another test's release can land between draft and publish: draft again then, as publishRelease does.
  for (let attempt = 1; ; attempt++) {
    const draft = await ok(request.post("/api/v1/releases", { headers: as("publisher"), data: { asOf: today, notes: `Markup test ${title}` } }));
    const published = await request.post(`/api/v1/releases/${draft.id}/publish`, { headers: as("publisher") });
    if (published.ok()) return { id: event.id, release: ((await published.json()) as { number: number }).number };
    if (attempt === 3) throw new Error(`Could not publish: ${await published.text()}`);
  }
}

test("markup in a published event's text is shown as text, never run, on every public page", async ({ page, request }) => {
  const title = `<img src=x onerror=alert(1)><script>alert(2)</script> ${uniqueTitle("x")}`;
  const { id, release } = await publishEvent(request, title);
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  const inert = async (where: Page) => {
    expect(await where.locator("img[src='x']").count()).toBe(0);
    // The title does sit inside Next's own scripts, as a string of page data; no script element of its own.
    expect(await where.locator("script").evaluateAll((scripts) => scripts.some((s) => s.textContent?.trim() === "alert(2)"))).toBe(false);
  };

  await page.goto(`/events/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await inert(page);

  await page.goto("/");
  await expect(page.getByRole("region", { name: "Newest events in this release" }).getByRole("link", { name: title })).toBeVisible();
  await inert(page);

  await page.goto("/dyads/isl-nzl");
  await expect(page.getByRole("region", { name: /^Events in this release/ }).getByRole("link", { name: title })).toBeVisible();
  await inert(page);

  await page.goto(`/releases/${release}`);
  await expect(page.getByText(title).first()).toBeVisible();
  await inert(page);

  expect(dialogs).toBe(0);
});
