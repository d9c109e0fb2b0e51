// The pure index computation (methodology.md): no I/O, no framework.
export { dyadSlug, orderPair } from "./dyad";
export { RTI_1, indexValue, type Methodology } from "./methodology";
export { dayNumber, dayString } from "./day";
export { BANDS, band, type Band } from "./band";
export type { EngineEvent } from "./event";
export type { DyadSeries } from "./series";
export { computeAll, computeDyad, forEachDyad, iterateDyads } from "./compute";
export { updateDyad } from "./update";
export { explain, type Contribution, type Explanation } from "./explain";
export { mulberry32 } from "./random";
export { syntheticEvents, type SyntheticOptions } from "./synthetic";
