// Two revisions side by side, field by field, with the fields that differ marked. Used by
// the event page, the review queue and the edit form's conflict view.
import type { RevisionDto } from "@rti/api";
import { REVISION_FIELDS } from "@rti/api/schemas";

/** The fields of a revision that a person compares; also built from a form's unsaved values. */
export type Comparable = Pick<
  RevisionDto,
  "source" | "target" | "date" | "datePrecision" | "code" | "intensity" | "intensityReason" | "weight" | "title" | "summary" | "sources"
> & { codeName?: string };

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
  const rows = REVISION_FIELDS.map((f) => {
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
