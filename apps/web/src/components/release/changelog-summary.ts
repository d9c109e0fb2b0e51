import type { RouterOutputs } from "@rti/api";

type ChangeCounts = RouterOutputs["release"]["list"][number]["changes"];

/** One line for lists and feeds: "5 events added, 1 changed, 1 retracted". */
export function changelogSummary(c: ChangeCounts): string {
  const kinds = (["added", "changed", "retracted", "removed"] as const).filter((kind) => c[kind] > 0);
  if (kinds.length === 0) return "No events changed";
  // Only the first figure says "events": "5 events added, 1 changed".
  return kinds.map((kind, i) => `${c[kind]} ${i === 0 ? (c[kind] === 1 ? "event " : "events ") : ""}${kind}`).join(", ");
}
