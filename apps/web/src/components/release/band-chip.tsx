import type { Band } from "@rti/engine";
import { bandLabel } from "./format";

/** A band as a coloured chip that also says its name, so colour is never the only cue. */
export function BandChip({ band }: { band: Band }) {
  return <span className={`band band-${band}`}>{bandLabel(band)}</span>;
}
