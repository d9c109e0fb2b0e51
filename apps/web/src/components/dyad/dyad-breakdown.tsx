import { Fragment } from "react";
import { formatFigure } from "./format";
import type { SeriesPoint } from "./types";

/** What makes up the latest day's value: conflict against cooperation, and who pushes whom. */
export function DyadBreakdown({ point, a, b }: { point: SeriesPoint; a: string; b: string }) {
  const rows = [
    { term: "Conflict pressure", value: point.conflict, hint: "Decayed weight of conflictual events (negative intensity): it raises the index." },
    { term: "Cooperation pressure", value: point.cooperation, hint: "Decayed weight of cooperative events (positive intensity): it lowers the index." },
    { term: `${a} → ${b}`, value: point.aToB, hint: `What ${a} did to ${b}: above 0 when conflict outweighs cooperation.` },
    { term: `${b} → ${a}`, value: point.bToA, hint: `What ${b} did to ${a}: above 0 when conflict outweighs cooperation.` },
  ];
  return (
    <dl className="facts dyad-breakdown">
      {rows.map((r) => (
        <Fragment key={r.term}>
          <dt>{r.term}</dt>
          <dd>
            <strong className="num">{formatFigure(r.value)}</strong> <span className="muted">{r.hint}</span>
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
