// A dyad's points as a downloadable file: every field, unrounded (methodology.md rounds only on screen).
import type { SeriesPoint } from "./types";

const COLUMNS = ["date", "value", "pressure", "conflict", "cooperation", "aToB", "bToA", "events"] as const satisfies readonly (keyof SeriesPoint)[];

export function seriesCsv(points: SeriesPoint[]): string {
  return [COLUMNS.join(","), ...points.map((p) => COLUMNS.map((c) => String(p[c])).join(","))].join("\n") + "\n";
}
