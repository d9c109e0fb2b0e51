import { formatFigure } from "./format";
import type { SeriesPoint } from "./types";
import { TableWrap } from "~/components/table-wrap";

/** Beyond about a year of days, the table lists month ends: thousands of rows help nobody. */
const DAILY_UP_TO = 400;

/** Each month's last day, with the events of the whole month. */
function monthEnds(points: SeriesPoint[]): SeriesPoint[] {
  const rows: SeriesPoint[] = [];
  let events = 0;
  points.forEach((p, i) => {
    events += p.events;
    if (i === points.length - 1 || points[i + 1]!.date.slice(0, 7) !== p.date.slice(0, 7)) {
      rows.push({ ...p, events });
      events = 0;
    }
  });
  return rows;
}

/** The shown range, for anyone who cannot or would rather not read the chart. */
export function DyadDataTable({ points }: { points: SeriesPoint[] }) {
  const daily = points.length <= DAILY_UP_TO;
  const rows = daily ? points : monthEnds(points);
  return (
    <details className="dyad-data">
      <summary>Data table {daily ? "(daily)" : "(last day of each month)"}</summary>
      {daily ? null : <p className="muted">Zoom in to a year or less for every day, or download the CSV.</p>}
      <TableWrap label="Data table">
        <table className="data">
          <caption className="visually-hidden">{daily ? "Daily values of the shown range" : "Values on the last day of each month of the shown range"}, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              {["Value", "Pressure", "Conflict", "Cooperation", daily ? "Events" : "Events in the month"].map((h) => (
                <th key={h} scope="col" className="num">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.date}>
                <th scope="row" className="num">
                  {p.date}
                </th>
                <td className="num">{formatFigure(p.value)}</td>
                <td className="num">{formatFigure(p.pressure)}</td>
                <td className="num">{formatFigure(p.conflict)}</td>
                <td className="num">{formatFigure(p.cooperation)}</td>
                <td className="num">{p.events}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </details>
  );
}
