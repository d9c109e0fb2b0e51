// Two revisions side by side, field by field, with the fields that differ marked. Used by
// the event page, the review queue and the edit form's conflict view.
import type { RevisionDto } from "@rti/api";

/** The fields of a revision that a person compares; also built from a form's unsaved values. */
export type Comparable = Pick<
  RevisionDto,
  "source" | "target" | "date" | "datePrecision" | "code" | "intensity" | "intensityReason" | "weight" | "title" | "summary" | "sources"
> & { codeName?: string };

const FIELDS: { label: string; show: (r: Comparable) => string }[] = [
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

export function RevisionDiff({
  left,
  right,
  leftLabel,
  rightLabel,
  caption,
}: {
  left: Comparable | null;
  right: Comparable;
  leftLabel: string;
  rightLabel: string;
  caption?: string;
}) {
  const rows = FIELDS.map((f) => {
    const a = left ? f.show(left) : "";
    const b = f.show(right);
    return { label: f.label, a, b, changed: left !== null && a !== b };
  });
  const changes = rows.filter((r) => r.changed).length;
  return (
    <div className="diff-wrap">
      <table className="diff">
        <caption>
          {caption ?? "Comparison"}: {left ? (changes === 0 ? "no differences" : `${changes} field${changes === 1 ? " differs" : "s differ"}`) : "new event"}
        </caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">{leftLabel}</th>
            <th scope="col">{rightLabel}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} className={r.changed ? "changed" : undefined}>
              <th scope="row">
                {r.label}
                {r.changed ? <span className="visually-hidden"> (changed)</span> : null}
              </th>
              <td className="before">{left ? r.a || <span className="muted">—</span> : <span className="muted">—</span>}</td>
              <td className="after">{r.b || <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
