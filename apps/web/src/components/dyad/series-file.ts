// What a dyad page shows, as a downloadable file: every field, unrounded (methodology.md rounds
// only on screen), with an overlaid dyad's value as a column of its own.
import type { SeriesPoint } from "./types";

const COLUMNS = ["date", "value", "pressure", "conflict", "cooperation", "aToB", "bToA", "events"] as const satisfies readonly (keyof SeriesPoint)[];

export function seriesCsv(points: SeriesPoint[], overlays: { slug: string; points: SeriesPoint[] }[] = []): string {
  const values = overlays.map((o) => new Map(o.points.map((p) => [p.date, p.value])));
  const header = [...COLUMNS, ...overlays.map((o) => `value_${o.slug}`)];
  const rows = points.map((p) => [...COLUMNS.map((c) => String(p[c])), ...values.map((v) => String(v.get(p.date) ?? ""))].join(","));
  return [header.join(","), ...rows].join("\n") + "\n";
}
