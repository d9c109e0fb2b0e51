// The facts of one revision, as the index will use them once approved.
import type { RevisionDto } from "@rti/api";

/** Signed, one decimal: "+3.4", "-4.0". */
const formatIntensity = (n: number) => (n > 0 ? `+${n.toFixed(1)}` : n.toFixed(1));

function IntensityFact({ revision: r }: { revision: RevisionDto }) {
  if (r.intensity === r.goldstein) {
    return <>{formatIntensity(r.intensity)} (the Goldstein default for this code)</>;
  }
  return (
    <>
      {formatIntensity(r.intensity)}, overriding the Goldstein default of {formatIntensity(r.goldstein)}
      {r.intensityReason ? (
        <>
          . Reason: <q>{r.intensityReason}</q>
        </>
      ) : null}
    </>
  );
}

export function RevisionFacts({ revision: r }: { revision: RevisionDto }) {
  return (
    <dl className="facts event-facts">
      <dt>Source actor</dt>
      <dd>
        {r.source.name} <span className="code">({r.source.code})</span>
      </dd>
      <dt>Target actor</dt>
      <dd>
        {r.target.name} <span className="code">({r.target.code})</span>
      </dd>
      <dt>Date</dt>
      <dd>
        {r.datePrecision === "month" ? (
          <>
            <time dateTime={r.date.slice(0, 7)}>{r.date.slice(0, 7)}</time> (month only; the day is not known)
          </>
        ) : (
          <>
            <time dateTime={r.date}>{r.date}</time> (exact day)
          </>
        )}
      </dd>
      <dt>CAMEO code</dt>
      <dd>
        <span className="code">{r.code}</span> {r.codeName}
      </dd>
      <dt>Intensity</dt>
      <dd>
        <IntensityFact revision={r} />
      </dd>
      <dt>Weight</dt>
      <dd>{r.weight}</dd>
      <dt>Summary</dt>
      <dd className="event-summary">{r.summary ?? <span className="muted">No summary.</span>}</dd>
    </dl>
  );
}
