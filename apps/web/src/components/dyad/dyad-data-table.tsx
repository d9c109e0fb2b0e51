import { formatFigure } from "./format";
import type { SeriesPoint } from "./types";

/** The shown range, day by day, for anyone who cannot or would rather not read the chart. */
export function DyadDataTable({ points }: { points: SeriesPoint[] }) {
  return (
    <details className="dyad-data">
      <summary>Data table</summary>
      <div className="table-wrap">
        <table className="data">
          <caption className="visually-hidden">Daily values of the shown range, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              {["Value", "Pressure", "Conflict", "Cooperation", "Events"].map((h) => (
                <th key={h} scope="col" className="num">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
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
      </div>
    </details>
  );
}
