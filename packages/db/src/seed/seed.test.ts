import { dyadSlug } from "@rti/engine";
import { describe, expect, it } from "vitest";
import { getDb } from "../client";
import { countryActors } from "./actors";
import { DEMO_EVENTS } from "./demo-events";
import { DEMO_USERS, seedDemo, seedReference } from "./index";

// A stand-in hash keeps this test fast; real hashing is covered by the sign-in tests.
const hashPassword = async (p: string) => `test-hash:${p}`;

describe("seed", () => {
  it("names countries the way people say them, each name once", () => {
    const byCode = new Map(countryActors().map((a) => [a.code, a.name]));
    expect(byCode.get("RUS")).toBe("Russia");
    expect(byCode.get("USA")).toBe("United States");
    expect(byCode.get("KOR")).toBe("South Korea");
    expect(byCode.get("GBR")).toBe("United Kingdom");
    const names = [...byCode.values()];
    expect(new Set(names).size).toBe(names.length);
  });

  it("seeds demo users and events once, and is a no-op after that", async () => {
    const db = getDb();
    await seedReference(db); // idempotent: the run's setup already did it
    expect(await seedDemo(db, { hashPassword })).toBe(true);
    expect(await seedDemo(db, { hashPassword })).toBe(false);

    const users = await db.user.findMany({
      where: { email: { in: DEMO_USERS.map((u) => u.email) } },
      include: { roles: true, accounts: true },
    });
    expect(users.map((u) => [u.email, u.roles.map((r) => r.role)]).sort()).toEqual(
      DEMO_USERS.map((u) => [u.email, [u.role]]).sort(),
    );
    expect(users.every((u) => u.accounts[0]?.password?.startsWith("test-hash:"))).toBe(true);

    const slugs = [...new Set(DEMO_EVENTS.map((e) => dyadSlug(e.source, e.target)))];
    const dyads = await db.dyad.findMany({ where: { slug: { in: slugs } }, include: { events: { include: { sources: true } } } });
    expect(dyads.map((d) => d.slug).sort()).toEqual(slugs.sort());
    const events = dyads.flatMap((d) => d.events);
    expect(events).toHaveLength(DEMO_EVENTS.length);
    expect(events.every((e) => e.status === "approved" && e.sources.length > 0)).toBe(true);
  });
});
