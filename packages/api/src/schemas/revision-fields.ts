// The fields of a revision that a person compares, and how each reads. One list serves the
// studio's side-by-side diff and the public event page's history, so both name a change alike.
import type { DATE_PRECISIONS } from "./event";

export interface ComparableRevision {
  source: { code: string; name: string };
  target: { code: string; name: string };
  date: string;
  datePrecision: (typeof DATE_PRECISIONS)[number];
  code: string;
  codeName?: string;
  intensity: number;
  intensityReason: string | null;
  weight: number;
  title: string;
  summary: string | null;
  sources: { url: string; publisher: string | null; publishedAt: string | null; quote: string | null }[];
}

export const REVISION_FIELDS: readonly { label: string; show: (r: ComparableRevision) => string }[] = [
  { label: "Title", show: (r) => r.title },
  { label: "Source actor", show: (r) => `${r.source.name} (${r.source.code})` },
  { label: "Target actor", show: (r) => `${r.target.name} (${r.target.code})` },
  { label: "Date", show: (r) => (r.datePrecision === "month" ? `${r.date.slice(0, 7)} (month)` : r.date) },
  { label: "CAMEO code", show: (r) => (r.codeName ? `${r.code} ${r.codeName}` : r.code) },
  { label: "Intensity", show: (r) => r.intensity.toFixed(1) },
  { label: "Intensity reason", show: (r) => r.intensityReason ?? "" },
  { label: "Weight", show: (r) => String(r.weight) },
  { label: "Summary", show: (r) => r.summary ?? "" },
  {
    label: "Sources",
    show: (r) =>
      r.sources
        .map((s) => [s.url, s.publisher, s.publishedAt, s.quote ? `“${s.quote}”` : null].filter(Boolean).join(" · "))
        .join("\n"),
  },
];

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** The fields that read differently in `after` than in `before`, in the list's order. */
export function changedFields(before: ComparableRevision, after: ComparableRevision): FieldChange[] {
  return REVISION_FIELDS.flatMap(({ label, show }) => {
    const [a, b] = [show(before), show(after)];
    return a === b ? [] : [{ field: label, before: a, after: b }];
  });
}
