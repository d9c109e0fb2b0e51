import { getDb } from "@rti/db";
import { createTestDyad, createTestEvent, createTestUser } from "@rti/db/testing";
import { describe, expect, it } from "vitest";
import { appRouter } from "../../root";
import { createCallerFactory } from "../../trpc";

const publicCaller = () => createCallerFactory(appRouter)({ db: getDb(), viewer: null });

describe("dyad.list", () => {
  it("lists a dyad with its approved events only, newest first", async () => {
    const db = getDb();
    const author = await createTestUser(db, { roles: ["editor"] });
    const dyad = await createTestDyad(db);
    await createTestEvent(db, { dyad, authorId: author.id, date: "2024-02-01", title: "Older approved" });
    const newest = await createTestEvent(db, { dyad, authorId: author.id, date: "2024-03-01", title: "Newest approved" });
    await createTestEvent(db, { dyad, authorId: author.id, date: "2024-04-01", title: "Still a draft", status: "draft" });

    const listed = (await publicCaller().dyad.list()).find((d) => d.slug === dyad.slug);

    expect(listed).toEqual({
      slug: dyad.slug,
      actorA: { code: dyad.a.code, name: dyad.a.name },
      actorB: { code: dyad.b.code, name: dyad.b.name },
      eventCount: 2,
      latestEvent: { id: newest.id, date: "2024-03-01", title: "Newest approved" },
    });
  });

  it("shows a dyad without approved events with an empty latest event", async () => {
    const dyad = await createTestDyad(getDb());
    const listed = (await publicCaller().dyad.list()).find((d) => d.slug === dyad.slug);
    expect(listed).toMatchObject({ eventCount: 0, latestEvent: null });
  });
});
