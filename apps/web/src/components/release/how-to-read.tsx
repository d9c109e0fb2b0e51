import { BANDS } from "@rti/engine";
import { BandChip } from "./band-chip";

export function HowToRead() {
  return (
    <section aria-labelledby="how-to-read" className="how-to-read">
      <h2 id="how-to-read">How to read this</h2>
      <p>
        Each value runs from 0 (warmest) to 100 (most hostile); 50 is neutral. Conflictual events push a dyad&apos;s
        value up, cooperative ones pull it down, and their effect fades with time. Changes are in index points.
      </p>
      <ul className="band-key" aria-label="Bands">
        {BANDS.map((b) => (
          <li key={b.band}>
            <BandChip band={b.band} /> {b.from === 0 ? `below ${b.to}` : b.to === 100 ? `${b.from} and above` : `${b.from}–${b.to}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
