// Event factories that go through the real workflow, so a test's "approved event" was made
// the way the studio makes one. Each returns what it made.
import { createTestDyad, createTestUser } from "@rti/db/testing";
import type { Db } from "@rti/db";
import { createEvent, decideOnRevision, submitEvent } from "../domain/events/workflow";
import { eventFieldsSchema, type EventFieldsInput } from "../schemas/event";

type Dyad = { actorA: string; actorB: string; slug: string };

/** Valid event fields for the dyad, with any field overridden. */
export function eventFields(dyad: Dyad, overrides: Partial<EventFieldsInput> = {}) {
  return eventFieldsSchema.parse({
    source: dyad.actorA,
    target: dyad.actorB,
    date: "2024-01-15",
    code: "041",
    title: `Test event ${Math.random().toString(36).slice(2, 8)}`,
    sources: [{ url: "https://example.org/report", publisher: "Example Wire" }],
    ...overrides,
  });
}

export async function createTestEvent(
  db: Db,
  opts: {
    author?: { id: string; email: string };
    dyad?: Dyad;
    fields?: Partial<EventFieldsInput>;
    /** How far through the workflow to take it (default: draft). */
    state?: "draft" | "in_review" | "approved";
  } = {},
) {
  const author = opts.author ?? (await createTestUser(db, { roles: ["editor"] }));
  const dyad = opts.dyad ?? (await createTestDyad(db));
  let event = await createEvent(db, author, { event: eventFields(dyad, opts.fields) });
  if (opts.state === "in_review" || opts.state === "approved") event = await submitEvent(db, author, { id: event.id, baseRevision: 1 });
  if (opts.state === "approved") {
    const reviewer = await createTestUser(db, { roles: ["reviewer"] });
    event = await decideOnRevision(db, reviewer, { id: event.id, revision: 1, decision: "approve", comment: "ok" });
  }
  return { event, author, dyad };
}
