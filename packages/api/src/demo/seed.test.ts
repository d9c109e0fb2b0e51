import { getDb } from "@rti/db";
import { dayNumber, dayString, dyadSlug } from "@rti/engine";
import { expect, it } from "vitest";
import { changelogSchema } from "../domain/releases/changelog";
import { day } from "../domain/events/dto";
import { DEMO_EVENTS } from "./demo-events";
import { DEMO_USERS, seedDemo } from "./index";

// A stand-in hash keeps this test fast; real hashing is covered by the sign-in tests.
const hashPassword = async (p: string) => `test-hash:${p}`;

it("seeds demo users and events through the workflow once, and is a no-op after that", async () => {
  const db = getDb();
  expect(await seedDemo(db, { hashPassword })).toBe(true);
  expect(await seedDemo(db, { hashPassword })).toBe(false);

  const users = await db.user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } }, include: { roles: true, accounts: true } });
  expect(users.map((u) => [u.email, u.roles.map((r) => r.role)]).sort()).toEqual(DEMO_USERS.map((u) => [u.email, [u.role]]).sort());
  expect(users.every((u) => u.accounts[0]?.password?.startsWith("test-hash:"))).toBe(true);

  const editor = users.find((u) => u.roles.some((r) => r.role === "editor"))!;
  const events = await db.event.findMany({ where: { createdById: editor.id }, include: { dyad: true, approved: { include: { reviews: true, cameo: true } } } });
  expect(events).toHaveLength(DEMO_EVENTS.length);
  expect(events.filter((e) => e.status === "in_review")).toHaveLength(DEMO_EVENTS.filter((e) => e.pending).length);
  for (const e of events.filter((x) => x.status === "approved")) {
    // Approved by someone else, at the code's Goldstein value.
    expect(e.approved?.reviews[0]?.reviewerId).not.toBe(editor.id);
    expect(e.approved?.intensity.toNumber()).toBe(e.approved?.cameo.goldstein.toNumber());
  }
  expect(new Set(events.map((e) => e.dyad.slug))).toEqual(new Set(DEMO_EVENTS.map((e) => dyadSlug(e.source, e.target))));

  // Three releases are published; the newest has every approved demo event in it (and other tests' events too).
  const publisher = users.find((u) => u.roles.some((r) => r.role === "publisher"))!;
  expect(await db.release.count({ where: { publishedById: publisher.id } })).toBe(3);
  const release = await db.release.findFirstOrThrow({
    where: { publishedById: publisher.id },
    orderBy: { number: "desc" },
    include: { events: true, dyads: { include: { dyad: true } } },
  });
  expect(release.status).toBe("published");
  const included = release.events.map((e) => e.eventId);
  expect(included).toEqual(expect.arrayContaining(events.filter((e) => e.status === "approved").map((e) => e.id)));
  for (const pending of events.filter((e) => e.status === "in_review")) expect(included).not.toContain(pending.id);

  // The newest release adds dyads the one before it lacked, so its changelog shows them.
  expect(changelogSchema.parse(release.changelog).dyads.some((d) => d.status === "new")).toBe(true);

  // No demo dyad sits flat at 50 over the newest release's last year: each moved at least 10 points away.
  const yearStart = new Date(`${dayString(dayNumber(day(release.asOf)) - 364)}T00:00:00Z`);
  const demoSlugs = new Set(DEMO_EVENTS.filter((e) => !e.pending).map((e) => dyadSlug(e.source, e.target)));
  for (const d of release.dyads.filter((x) => demoSlugs.has(x.dyad.slug))) {
    const points = await db.releasePoint.findMany({ where: { releaseId: release.id, dyadId: d.dyadId, day: { gte: yearStart } }, select: { value: true } });
    expect({ dyad: d.dyad.slug, moved: Math.max(...points.map((p) => Math.abs(p.value - 50))) >= 10 }).toEqual({ dyad: d.dyad.slug, moved: true });
  }
  expect(release.dyads.filter((x) => demoSlugs.has(x.dyad.slug))).toHaveLength(demoSlugs.size);
});
