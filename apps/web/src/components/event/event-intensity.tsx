// The CAMEO code and the intensity the newest release computed with, and where that number came from.
import Link from "next/link";
import { formatIntensity } from "~/components/dyad/format";
import type { PublishedEvent } from "./types";

function IntensitySource({ event: e }: { event: PublishedEvent }) {
  if (e.intensityReason) {
    return (
      <>
        The editors set it instead of the code&apos;s Goldstein value of {formatIntensity(e.cameo.goldstein)}, because:{" "}
        <q>{e.intensityReason}</q>
      </>
    );
  }
  if (e.intensity !== e.cameo.goldstein) {
    return (
      <>
        Methodology {e.releases[0]!.methodology} uses it for this code instead of the Goldstein value of{" "}
        {formatIntensity(e.cameo.goldstein)}.
      </>
    );
  }
  return <>The code&apos;s Goldstein value, unchanged.</>;
}

export function EventIntensity({ event: e }: { event: PublishedEvent }) {
  // The dyad page's colours for conflict and cooperation.
  const tone = e.intensity < 0 ? " intensity-conflict" : e.intensity > 0 ? " intensity-cooperation" : "";
  return (
    <>
      <dl className="facts event-page-facts">
        <dt>CAMEO code</dt>
        <dd>
          <span className="code">{e.cameo.code}</span> {e.cameo.name}
        </dd>
        <dt>Intensity</dt>
        <dd>
          <strong className={`event-page-intensity${tone}`}>{formatIntensity(e.intensity)}</strong>{" "}
          <span className="muted">in release R{e.releases[0]!.number}.</span> <IntensitySource event={e} />
        </dd>
        <dt>Weight</dt>
        <dd>
          {e.weight} <span className="muted">(from 0 to 1; lower when the evidence is thinner, such as a single unconfirmed source)</span>
        </dd>
      </dl>
      <p className="event-page-explainer">
        Intensity places an event on the Goldstein scale, from −10 (the most conflictual, such as a military attack) to
        +10 (the most cooperative, such as a merger or alliance). Each CAMEO code has a default value; conflict pushes a
        dyad&apos;s index up and cooperation pulls it down, in proportion to intensity × weight. The{" "}
        <Link href="/methodology">methodology</Link> has the formulas and the value of every code.
      </p>
    </>
  );
}
