// Timestamps shown the same on the server and in the browser (no time-zone or locale drift,
// so hydration never disagrees), in the UTC the newsroom's dates are kept in.

/** "2025-05-12T14:03:27.000Z" → ["2025-05-12", "14:03 UTC"], for tables that break the two apart. */
export function splitTimestamp(iso: string): [day: string, time: string] {
  return [iso.slice(0, 10), `${iso.slice(11, 16)} UTC`];
}

/** "2025-05-12T14:03:27.000Z" → "2025-05-12 14:03 UTC". */
export const formatTimestamp = (iso: string) => splitTimestamp(iso).join(" ");
