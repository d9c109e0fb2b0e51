// Checks an editor's fields against the reference data and turns them into what a revision
// stores: the Goldstein default filled in, month-precision dates on the 1st, the dyad found.
import type { Prisma } from "@rti/db";
import { dyadSlug, orderPair } from "@rti/engine";
import { DomainError } from "../../errors";
import { isIntensityOverride, missingReasonMessage, type EventFields } from "../../schemas/event";
import type { FieldErrors } from "../../schemas/field-errors";

export interface ResolvedFields {
  dyadId: number;
  sourceActor: string;
  targetActor: string;
  date: Date;
  datePrecision: "day" | "month";
  cameoCode: string;
  intensity: number;
  intensityReason: string | null;
  weight: number;
  title: string;
  summary: string | null;
  sources: { url: string; publisher: string | null; publishedAt: Date | null; quote: string | null }[];
}

const asDate = (d: string) => new Date(`${d}T00:00:00Z`);

export async function resolveFields(tx: Prisma.TransactionClient, f: EventFields): Promise<ResolvedFields> {
  const [actors, cameo] = await Promise.all([
    tx.actor.findMany({ where: { code: { in: [f.source, f.target] } }, select: { code: true } }),
    tx.cameoCode.findUnique({ where: { code: f.code } }),
  ]);
  const known = new Set(actors.map((a) => a.code));
  const errors: FieldErrors = {};
  if (!known.has(f.source)) errors.source = [`Unknown actor "${f.source}".`];
  if (!known.has(f.target)) errors.target = [`Unknown actor "${f.target}".`];
  if (!cameo) errors.code = [`Unknown CAMEO code "${f.code}".`];
  const goldstein = cameo?.goldstein.toNumber();
  const intensity = f.intensity ?? goldstein ?? 0;
  const overridden = isIntensityOverride(intensity, goldstein);
  const missingReason = missingReasonMessage(intensity, goldstein, f.intensityReason);
  if (missingReason) errors.intensityReason = [missingReason];
  if (Object.keys(errors).length > 0) {
    // Keyed by the path in the procedures' input ({ event: … }), as the schema's own messages are.
    const fieldErrors = Object.fromEntries(Object.entries(errors).map(([field, messages]) => [`event.${field}`, messages]));
    throw new DomainError("INVALID_INPUT", Object.values(errors).flat().join(" "), { fieldErrors });
  }

  const [actorA, actorB] = orderPair(f.source, f.target);
  const slug = dyadSlug(actorA, actorB);
  const dyad = await tx.dyad.upsert({ where: { slug }, create: { slug, actorA, actorB }, update: {}, select: { id: true } });
  return {
    dyadId: dyad.id,
    sourceActor: f.source,
    targetActor: f.target,
    date: asDate(f.datePrecision === "month" ? `${f.date.slice(0, 7)}-01` : f.date),
    datePrecision: f.datePrecision,
    cameoCode: f.code,
    intensity,
    intensityReason: overridden ? (f.intensityReason ?? null) : null,
    weight: f.weight,
    title: f.title,
    summary: f.summary || null,
    sources: f.sources.map((s) => ({
      url: s.url,
      publisher: s.publisher || null,
      publishedAt: s.publishedAt ? asDate(s.publishedAt) : null,
      quote: s.quote || null,
    })),
  };
}

/** Inserts one immutable revision with its sources. */
export async function insertRevision(
  tx: Prisma.TransactionClient,
  opts: { eventId: string; number: number; authorId: string; changeNote?: string; fields: ResolvedFields },
) {
  const { sources, ...snapshot } = opts.fields;
  return tx.eventRevision.create({
    data: {
      eventId: opts.eventId,
      number: opts.number,
      authorId: opts.authorId,
      changeNote: opts.changeNote || null,
      ...snapshot,
      sources: { create: sources.map((s, position) => ({ ...s, position })) },
    },
  });
}

/** The copies of head fields the event row keeps for the studio's table. */
export function headCopies(fields: ResolvedFields, authorId: string) {
  return { dyadId: fields.dyadId, date: fields.date, cameoCode: fields.cameoCode, title: fields.title, headAuthorId: authorId };
}
