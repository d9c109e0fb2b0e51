// The chart's range presets: how many days back from the release's cut-off each one shows.
import { dayNumber, dayString } from "@rti/engine";

export const RANGES = [
  { id: "1m", label: "1M", days: 30 },
  { id: "6m", label: "6M", days: 182 },
  { id: "1y", label: "1Y", days: 365 },
  { id: "5y", label: "5Y", days: 1826 },
  { id: "all", label: "All", days: null },
] as const;

export type RangeId = (typeof RANGES)[number]["id"];

/** The preset named in the address, "all" for anything else. */
export function parseRange(param: unknown): RangeId {
  return RANGES.find((r) => r.id === param)?.id ?? "all";
}

/** The first day a range shows, or undefined for the whole series. */
export function rangeStart(range: RangeId, asOf: string): string | undefined {
  const days = RANGES.find((r) => r.id === range)!.days;
  return days === null ? undefined : dayString(dayNumber(asOf) - days + 1);
}
