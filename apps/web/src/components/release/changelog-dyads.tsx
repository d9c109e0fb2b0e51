import { band } from "@rti/engine";
import { BandChip } from "~/components/release/band-chip";
import { Change } from "~/components/release/change";
import { formatValue } from "~/components/release/format";
import type { Changelog, NameOf } from "./changelog-types";
import { TableWrap } from "~/components/table-wrap";

const STATUS: Record<Changelog["dyads"][number]["status"], { label: string; noChange: string }> = {
  new: { label: "New", noChange: "New in this release: nothing to compare with." },
  changed: { label: "Changed", noChange: "Its events changed after the previous cut-off; the days both releases cover are unchanged." },
  unchanged: { label: "Unchanged", noChange: "Same series as before." },
  dropped: { label: "Dropped", noChange: "No events left before the cut-off." },
};

/** Each dyad's latest value and the day its series moved most against the previous release. */
export function ChangelogDyads({ dyads, nameOf }: { dyads: Changelog["dyads"]; nameOf: NameOf }) {
  if (dyads.length === 0) return <p className="none">No dyads: no approved events fall before the cut-off.</p>;
  return (
    <TableWrap label="Dyads that moved">
      <table className="data">
        <caption className="visually-hidden">Dyads, largest change first</caption>
        <thead>
          <tr>
            <th scope="col">Dyad</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Index
            </th>
            <th scope="col">Band</th>
            <th scope="col">Largest change on</th>
            <th scope="col" className="num">
              Before → after
            </th>
            <th scope="col" className="num">
              Change
            </th>
          </tr>
        </thead>
        <tbody>
          {dyads.map((d) => {
            const c = d.largestChange;
            return (
              <tr key={d.dyad}>
                <th scope="row">{nameOf(d.dyad)}</th>
                <td>
                  <span className="status">{STATUS[d.status].label}</span>
                </td>
                <td className="num">{d.value === null ? "—" : formatValue(d.value)}</td>
                <td>{d.value === null ? "—" : <BandChip band={band(d.value)} />}</td>
                {c ? (
                  <>
                    <td className="num">{c.day}</td>
                    <td className="num">
                      {formatValue(c.before)} → {formatValue(c.after)}
                    </td>
                    <td className="num">
                      <Change delta={c.delta} />
                    </td>
                  </>
                ) : (
                  <td colSpan={3} className="muted">
                    {STATUS[d.status].noChange}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
