// What a release is computed from: the approved revision of every event in force on the
// cut-off day, with the intensity its methodology version assigns.
import type { Prisma } from "@rti/db";
import { dayNumber, type EngineEvent, type Methodology } from "@rti/engine";
import { day } from "../events/dto";

export interface MethodologyRow {
  version: number;
  name: string;
  halfLifeDays: number;
  scale: number;
  intensityOverrides: Prisma.JsonValue;
}

export const methodologyOf = (m: MethodologyRow): Methodology => ({ halfLifeDays: m.halfLifeDays, scale: m.scale });

/** A version's replacement for a code's Goldstein value, if any. */
function overrideFor(m: MethodologyRow, code: string): number | undefined {
  const table = m.intensityOverrides;
  if (!table || typeof table !== "object" || Array.isArray(table)) return undefined;
  const v = (table as Record<string, unknown>)[code];
  return typeof v === "number" ? v : undefined;
}

/**
 * The intensity the engine uses: an editor's written override wins; otherwise the version's
 * table, which is the Goldstein value unless the version replaces it.
 */
export function effectiveIntensity(r: { intensity: number; intensityReason: string | null; cameoCode: string }, m: MethodologyRow): number {
  if (r.intensityReason) return r.intensity;
  return overrideFor(m, r.cameoCode) ?? r.intensity;
}

export interface IncludedRevision {
  eventId: string;
  revisionId: string;
  number: number;
  dyadId: number;
  dyad: string;
  title: string;
  date: string;
  changeNote: string | null;
  engine: EngineEvent;
}

type Reader = Pick<Prisma.TransactionClient, "eventRevision">;

/** Approved, unretracted events dated on or before `asOf`, as the engine wants them. */
export async function includedRevisions(db: Reader, asOf: string, m: MethodologyRow): Promise<IncludedRevision[]> {
  const rows = await db.eventRevision.findMany({
    where: { approvedOf: { is: { status: { not: "retracted" } } }, date: { lte: new Date(`${asOf}T00:00:00Z`) } },
    select: {
      id: true,
      eventId: true,
      number: true,
      dyadId: true,
      title: true,
      date: true,
      changeNote: true,
      sourceActor: true,
      targetActor: true,
      intensity: true,
      intensityReason: true,
      cameoCode: true,
      weight: true,
      dyad: { select: { slug: true } },
    },
  });
  return rows.map((r) => {
    const date = day(r.date);
    return {
      eventId: r.eventId,
      revisionId: r.id,
      number: r.number,
      dyadId: r.dyadId,
      dyad: r.dyad.slug,
      title: r.title,
      date,
      changeNote: r.changeNote,
      engine: {
        id: r.eventId,
        day: dayNumber(date),
        source: r.sourceActor,
        target: r.targetActor,
        intensity: effectiveIntensity({ intensity: r.intensity.toNumber(), intensityReason: r.intensityReason, cameoCode: r.cameoCode }, m),
        weight: r.weight.toNumber(),
      },
    };
  });
}
