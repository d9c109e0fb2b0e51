// Helpers for the release tests. Every test file shares one database and runs in parallel, and
// "the latest published release" is global: a test publishes with `publishPatiently` (which
// redrafts when another file's release lands between draft and publish), finds its rows by id
// and asserts only on its own events and dyads.
import type { RoleName, Viewer } from "@rti/auth";
import type { Db } from "@rti/db";
import { createTestUser } from "@rti/db/testing";
import { computeDyad, dayNumber, dayString, type DyadSeries, type EngineEvent } from "@rti/engine";
import type { StoredPoint } from "../domain/releases/series-store";
import { publishNow } from "../domain/releases/workflow";

export async function testViewer(db: Db, roles: RoleName[]): Promise<Viewer> {
  const user = await createTestUser(db, { roles });
  return { id: user.id, name: user.name, email: user.email, roles };
}

/** publishNow with room for the other test files' releases landing in between. */
export function publishPatiently(db: Db, actor: Viewer, input: { asOf: string; methodologyVersion?: number; notes: string }) {
  return publishNow(db, actor, input, 40);
}

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const addDays = (day: string, n: number) => dayString(dayNumber(day) + n);
/**
 * Today (UTC), the cut-off of every release these tests publish: a published release with an
 * older cut-off would leave out other test files' events and upset their changelogs.
 */
export const today = () => isoDay(new Date());
export const round2 = (x: number) => Math.round(x * 100) / 100;

/** A stored point, as the domain's reader returns it (this file reads them independently). */
export type Point = StoredPoint;

/** A dyad's stored points in a release, oldest first, read with Prisma (not the domain's reader). */
export async function storedPoints(db: Db, releaseId: string, dyadId: number): Promise<Point[]> {
  const rows = await db.releasePoint.findMany({ where: { releaseId, dyadId }, orderBy: { day: "asc" } });
  return rows.map(({ day, value, pressure, conflict, cooperation, aToB, bToA, events }) => ({
    day: dayNumber(isoDay(day)),
    value,
    pressure,
    conflict,
    cooperation,
    aToB,
    bToA,
    events,
  }));
}

/** The points of an engine series, in the same shape as the stored ones. */
export function seriesPoints(s: DyadSeries): Point[] {
  return Array.from(s.value, (value, i) => ({
    day: s.startDay + i,
    value,
    pressure: s.pressure[i]!,
    conflict: s.conflict[i]!,
    cooperation: s.cooperation[i]!,
    aToB: s.aToB[i]!,
    bToA: s.bToA[i]!,
    events: s.events[i]!,
  }));
}

/**
 * Recomputes a dyad's series of a release from what the release stores about its inputs alone:
 * its release_event rows (the revision's day, actors and weight, and the intensity the release
 * recorded), its as-of day and its methodology version's parameters.
 */
export async function recomputeFromStoredInputs(db: Db, releaseId: string, dyadId: number): Promise<DyadSeries | null> {
  const release = await db.release.findUniqueOrThrow({ where: { id: releaseId }, include: { methodology: true } });
  const rows = await db.releaseEvent.findMany({ where: { releaseId, revision: { dyadId } }, include: { revision: true } });
  const events: EngineEvent[] = rows.map((r) => ({
    id: r.eventId,
    day: dayNumber(isoDay(r.revision.date)),
    source: r.revision.sourceActor,
    target: r.revision.targetActor,
    intensity: r.intensity,
    weight: r.revision.weight.toNumber(),
  }));
  return computeDyad(events, dayNumber(isoDay(release.asOf)), { halfLifeDays: release.methodology.halfLifeDays, scale: release.methodology.scale });
}

/** Every field of every point that is not bit-for-bit the same (float64 `===`), described. */
export function pointMismatches(stored: Point[], expected: Point[]): string[] {
  const out: string[] = [];
  if (stored.length !== expected.length) out.push(`${stored.length} stored points, ${expected.length} expected`);
  for (let i = 0; i < Math.min(stored.length, expected.length); i++) {
    const [s, e] = [stored[i]!, expected[i]!];
    for (const key of Object.keys(e) as (keyof Point)[]) {
      if (s[key] !== e[key]) out.push(`${dayString(e.day)} ${key}: stored ${s[key]}, expected ${e[key]}`);
    }
  }
  return out;
}

/** The value of a stored series on a day: neutral 50 before its first day (P = 0 there). */
export function storedValueOn(points: Point[], day: number): number {
  const first = points[0];
  if (!first || day < first.day) return 50;
  const p = points[day - first.day];
  if (!p || p.day !== day) throw new Error(`no stored point on ${dayString(day)}`);
  return p.value;
}
