// How every dyad of the latest release would read under other methodology parameters: the
// same event revisions, recomputed, compared with the published values.
import type { Db } from "@rti/db";
import { computeDyad, dayNumber, type EngineEvent } from "@rti/engine";
import type { MethodologyParams } from "../../schemas/methodology";
import { day } from "../events/dto";
import { effectiveIntensity } from "./inputs";

export async function previewMethodology(db: Db, params: MethodologyParams) {
  const release = await db.release.findFirst({ where: { status: "published" }, orderBy: { number: "desc" }, select: { id: true, number: true, asOf: true } });
  if (!release) return { release: null, dyads: [] };
  const rows = await db.releaseEvent.findMany({
    where: { releaseId: release.id },
    select: {
      revision: {
        select: { eventId: true, date: true, sourceActor: true, targetActor: true, intensity: true, intensityReason: true, cameoCode: true, weight: true, dyadId: true },
      },
    },
  });
  const proposed = { version: 0, name: "proposed", halfLifeDays: params.halfLifeDays, scale: params.scale, intensityOverrides: params.intensityOverrides };
  const byDyad = new Map<number, EngineEvent[]>();
  for (const { revision: r } of rows) {
    const events = byDyad.get(r.dyadId) ?? [];
    events.push({
      id: r.eventId,
      day: dayNumber(day(r.date)),
      source: r.sourceActor,
      target: r.targetActor,
      intensity: effectiveIntensity({ intensity: r.intensity.toNumber(), intensityReason: r.intensityReason, cameoCode: r.cameoCode }, proposed),
      weight: r.weight.toNumber(),
    });
    byDyad.set(r.dyadId, events);
  }
  const published = await db.releaseDyad.findMany({ where: { releaseId: release.id }, include: { dyad: { select: { slug: true } } } });
  const asOf = day(release.asOf);
  const dyads = published.map((d) => {
    const series = computeDyad(byDyad.get(d.dyadId) ?? [], dayNumber(asOf), params);
    const value = series ? series.value[series.value.length - 1]! : 50;
    return { dyad: d.dyad.slug, published: d.value, proposed: value, delta: value - d.value };
  });
  dyads.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.dyad.localeCompare(b.dyad));
  return { release: { number: release.number!, asOf }, dyads };
}
