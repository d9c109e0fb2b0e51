import { getDb } from "@rti/db";
import { createTestUser } from "@rti/db/testing";
import { expect, it } from "vitest";
import { retractEvent } from "../../domain/events/workflow";
import { publishNow } from "../../domain/releases/workflow";
import { appRouter } from "../../root";
import { createTestEvent } from "../../testing";
import { createCallerFactory } from "../../trpc";

it("lists a retraction, with its reason, under the first release after it", async () => {
  const db = getDb();
  const { event } = await createTestEvent(db, { state: "approved", fields: { date: "2024-03-01" } });
  const publisher = await createTestUser(db, { roles: ["publisher"] });
  const reviewer = await createTestUser(db, { roles: ["reviewer"] });
  const before = await publishNow(db, publisher, { asOf: "2024-03-31", notes: "Before the retraction" });
  await retractEvent(db, reviewer, { id: event.id, baseRevision: 1, reason: "The source withdrew the report." });
  const after = await publishNow(db, publisher, { asOf: "2024-03-31", notes: "After the retraction" });

  const feed = await createCallerFactory(appRouter)({ db, viewer: null }).release.corrections();
  const entry = feed.find((c) => c.eventId === event.id);
  expect(entry).toMatchObject({ kind: "retracted", reason: "The source withdrew the report." });
  // Other tests publish too, so the first release after the retraction may be someone else's.
  expect(entry!.release.number).toBeGreaterThan(before.number!);
  expect(entry!.release.number).toBeLessThanOrEqual(after.number!);
});
