import type { Changelog } from "./types";

/** The dyad the chart opens on: the one that moved most (the changelog lists it first), else the first. */
export function defaultChartDyad(changelog: Changelog): string | undefined {
  return (changelog.dyads.find((d) => d.largestChange) ?? changelog.dyads[0])?.dyad;
}
