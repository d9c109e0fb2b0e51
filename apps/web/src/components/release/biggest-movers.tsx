import Link from "next/link";
import { BandChip } from "./band-chip";
import { Change } from "./change";
import { dyadName, formatValue } from "./format";
import type { RankedDyad } from "./ranked-dyads";

const COUNT = 3;

/** The dyads whose index moved most over the last week, either way. */
export function BiggestMovers({ dyads }: { dyads: RankedDyad[] }) {
  const movers = dyads
    .filter((d) => d.change7 !== null && Math.abs(d.change7) >= 0.005)
    .sort((a, b) => Math.abs(b.change7 ?? 0) - Math.abs(a.change7 ?? 0))
    .slice(0, COUNT);
  if (movers.length === 0) return <p className="muted">No dyad moved in the last 7 days.</p>;
  return (
    <ol className="movers">
      {movers.map((d) => (
        <li key={d.slug} className="card">
          <h3>
            <Link href={`/dyads/${d.slug}`}>{dyadName(d)}</Link>
          </h3>
          <p className="mover-change">
            <Change delta={d.change7} /> <span className="muted">in 7 days</span>
          </p>
          <p className="mover-now">
            Now {formatValue(d.value)} <BandChip band={d.band} />
          </p>
        </li>
      ))}
    </ol>
  );
}
