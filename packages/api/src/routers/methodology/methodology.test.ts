import { getDb } from "@rti/db";
import { createTestUser } from "@rti/db/testing";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { publishNow } from "../../domain/releases/workflow";
import { appRouter } from "../../root";
import { createTestEvent } from "../../testing";
import { createCallerFactory } from "../../trpc";

async function adminCaller() {
  const admin = await createTestUser(getDb(), { roles: ["admin"] });
  return { admin, caller: createCallerFactory(appRouter)({ db: getDb(), viewer: { id: admin.id, name: admin.name, email: admin.email, roles: ["admin"] } }) };
}

describe("methodology versions", () => {
  it("previews a change of parameters against the latest release, and the same parameters move nothing", async () => {
    const db = getDb();
    // An event ten days before the cut-off still weighs in, so H changes its value.
    const { event, dyad } = await createTestEvent(db, { state: "approved", fields: { date: "2024-06-20", code: "161" } });
    const publisher = await createTestUser(db, { roles: ["publisher"] });
    await publishNow(db, publisher, { asOf: "2024-06-30", notes: "Methodology preview test" });
    const { caller } = await adminCaller();

    const same = await caller.methodology.preview({ halfLifeDays: 30, scale: 20, intensityOverrides: {} });
    const latest = await db.release.findFirstOrThrow({ where: { status: "published" }, orderBy: { number: "desc" } });
    expect(same.release?.number).toBe(latest.number);
    if (latest.asOf.toISOString().startsWith("2024-06-30")) {
      // Our release is still the latest: our dyad is in it and does not move under RTI-1's own parameters.
      expect(same.dyads.find((d) => d.dyad === dyad.slug)?.delta).toBeCloseTo(0, 12);
      const slower = await caller.methodology.preview({ halfLifeDays: 60, scale: 20, intensityOverrides: {} });
      const mine = slower.dyads.find((d) => d.dyad === dyad.slug)!;
      // Slower decay keeps more of the conflict event's push: the index is higher.
      expect(mine.proposed).toBeGreaterThan(mine.published);
      const harsher = await caller.methodology.preview({ halfLifeDays: 30, scale: 20, intensityOverrides: { "161": -9 } });
      expect(harsher.dyads.find((d) => d.dyad === dyad.slug)!.delta).toBeGreaterThan(0);
    }
    expect(event.status).toBe("approved");
  });

  it("creates the next version and refuses unknown CAMEO codes", async () => {
    const { caller } = await adminCaller();
    const before = await caller.methodology.list();
    const made = await caller.methodology.create({ halfLifeDays: 45, scale: 25, intensityOverrides: { "161": -5 }, notes: "Test version" });
    // Unused, so it can go again; other tests' drafts keep their release's version meanwhile.
    await getDb().methodologyVersion.delete({ where: { version: made.version } });
    expect(made.version).toBeGreaterThan(before[0]!.version);
    expect(made).toMatchObject({ name: `RTI-${made.version}`, halfLifeDays: 45, scale: 25, intensityOverrides: { "161": -5 }, usedByReleases: 0 });
    await expect(caller.methodology.create({ halfLifeDays: 45, scale: 25, intensityOverrides: { "999": -5 } })).rejects.toSatisfy(
      (e: unknown) => e instanceof TRPCError && e.code === "BAD_REQUEST" && /Unknown CAMEO code: 999/.test(e.message),
    );
  });
});
