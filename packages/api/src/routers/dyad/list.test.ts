import { getDb } from "@rti/db";
import { createTestDyad, createTestUser } from "@rti/db/testing";
import { describe, expect, it } from "vitest";
import { createTestEvent } from "../../testing";
import { appRouter } from "../../root";
import { createCallerFactory } from "../../trpc";

const publicCaller = () => createCallerFactory(appRouter)({ db: getDb(), viewer: null });

describe("dyad.list", () => {
  it("counts only approved events and shows the newest one", async () => {
    const db = getDb();
    const author = await createTestUser(db, { roles: ["editor"] });
    const dyad = await createTestDyad(db);
    await createTestEvent(db, { author, dyad, state: "approved", fields: { date: "2024-02-01", title: "Older approved" } });
    const { event: newest } = await createTestEvent(db, { author, dyad, state: "approved", fields: { date: "2024-03-01", title: "Newest approved" } });
    await createTestEvent(db, { author, dyad, state: "in_review", fields: { date: "2024-04-01", title: "Still in review" } });

    const listed = (await publicCaller().dyad.list()).find((d) => d.slug === dyad.slug);

    expect(listed).toEqual({
      slug: dyad.slug,
      actorA: { code: dyad.a.code, name: dyad.a.name },
      actorB: { code: dyad.b.code, name: dyad.b.name },
      eventCount: 2,
      latestEvent: { id: newest.id, date: "2024-03-01", title: "Newest approved" },
    });
  });

  it("keeps dyads that only have drafts out of public view", async () => {
    const { dyad } = await createTestEvent(getDb(), { state: "draft" });
    expect((await publicCaller().dyad.list()).map((d) => d.slug)).not.toContain(dyad.slug);
  });
});
