import type { Changelog } from "./changelog-types";

/** One line for lists and feeds: "5 events added, 1 changed, 1 retracted". */
export function changelogSummary(c: Pick<Changelog, "added" | "changed" | "retracted" | "removed">): string {
  const parts = (["added", "changed", "retracted", "removed"] as const)
    .filter((kind) => c[kind].length > 0)
    .map((kind) => `${c[kind].length} ${kind}`);
  if (parts.length === 0) return "No events changed";
  // Only the first figure says "events": "5 events added, 1 changed".
  const first = c.added.length || c.changed.length || c.retracted.length || c.removed.length;
  parts[0] = parts[0]!.replace(" ", first === 1 ? " event " : " events ");
  return parts.join(", ");
}
