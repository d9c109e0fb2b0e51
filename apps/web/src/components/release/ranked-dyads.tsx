import Link from "next/link";
import type { RouterOutputs } from "@rti/api";
import { BandChip } from "./band-chip";
import { Change } from "./change";
import { dyadName, formatValue } from "./format";
import { Sparkline } from "./sparkline";

export type RankedDyad = RouterOutputs["release"]["dyads"]["dyads"][number];

/** Every dyad of a release, most tense first (the API's order). */
export function RankedDyads({ dyads, asOf }: { dyads: RankedDyad[]; asOf: string }) {
  return (
    <div className="table-wrap ranked-wrap">
      <table className="data ranked-dyads">
        <caption className="visually-hidden">Every dyad ranked by its index value on {asOf}, most tense first</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Rank
            </th>
            <th scope="col">Dyad</th>
            <th scope="col" className="num">
              Index
            </th>
            <th scope="col">Band</th>
            <th scope="col" className="num">
              7 days
            </th>
            <th scope="col" className="num">
              30 days
            </th>
            <th scope="col">Last 90 days</th>
          </tr>
        </thead>
        <tbody>
          {dyads.map((d, i) => (
            <tr key={d.slug}>
              <td className="num rank">{i + 1}</td>
              <th scope="row" className="dyad-name">
                <Link href={`/dyads/${d.slug}`}>{dyadName(d)}</Link>
              </th>
              <td className="num value">{formatValue(d.value)}</td>
              <td className="band-cell">
                <BandChip band={d.band} />
              </td>
              <td className="num" data-label="7 days">
                <Change delta={d.change7} />
              </td>
              <td className="num" data-label="30 days">
                <Change delta={d.change30} />
              </td>
              <td className="spark-cell">
                <Sparkline values={d.sparkline} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
