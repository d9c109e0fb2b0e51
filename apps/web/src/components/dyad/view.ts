// A dyad page's view, all of it in the address so a link restores it: release (as-of), range
// (a preset, or a brushed from–to window), overlaid dyads and the day whose movers are explained.
import { dayNumber, dyadSlug } from "@rti/engine";
import { parseRange, type RangeId } from "./range";

/** More lines than this stop being readable on one chart. */
export const MAX_OVERLAYS = 4;

export interface DyadView {
  /** A release number as the address gave it; the latest when absent. */
  release?: string;
  range: RangeId;
  /** A brushed window; when set it replaces the preset. */
  from?: string;
  to?: string;
  /** Other dyads drawn on the same chart. */
  compare: string[];
  /** The day "what moved it" explains. */
  day?: string;
}

type Query = { get(name: string): string | string[] | null | undefined; getAll?(name: string): string[] };

const all = (query: Query, name: string): string[] => {
  const v = query.getAll ? query.getAll(name) : query.get(name);
  return v === null || v === undefined ? [] : Array.isArray(v) ? v : [v];
};
const first = (query: Query, name: string) => all(query, name)[0];
/** A calendar day, or undefined; the engine's own check, so the browser bundle needs no schema library. */
function validDay(v: string | undefined): string | undefined {
  try {
    return v === undefined ? undefined : (dayNumber(v), v);
  } catch {
    return undefined;
  }
}

/** A slug in either order, canonical ("usa-rus" → "rus-usa"); null when it cannot name a dyad. */
export function canonicalSlug(slug: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    return null;
  }
  const codes = /^([a-z]{3,5})-([a-z]{3,5})$/i.exec(decoded);
  return codes && codes[1]!.toLowerCase() !== codes[2]!.toLowerCase() ? dyadSlug(codes[1]!, codes[2]!) : null;
}

/** What a dyad page's (or its data's) address asks for; parts that make no sense are dropped. */
export function parseDyadAddress(slug: string, query: Query): { slug: string | null; view: DyadView } {
  const canonical = canonicalSlug(slug);
  let from = validDay(first(query, "from"));
  let to = validDay(first(query, "to"));
  if (from && to && from > to) [from, to] = [to, from];
  const compare = [...new Set(all(query, "compare").map(canonicalSlug))].filter((s): s is string => s !== null && s !== canonical);
  return {
    slug: canonical,
    view: {
      release: first(query, "release"),
      range: parseRange(first(query, "range")),
      from,
      to,
      compare: compare.slice(0, MAX_OVERLAYS),
      day: validDay(first(query, "day")),
    },
  };
}

/** Where a view lives: the dyad page, or the bare chart for iframes. */
export type DyadBase = "/dyads" | "/embed/dyads";

/** The address of a view, leaving defaults out. */
export function dyadHref(slug: string, view: DyadView, { base = "/dyads", path = "", format }: { base?: DyadBase; path?: string; format?: "csv" | "json" } = {}) {
  const query = new URLSearchParams();
  if (view.release !== undefined) query.set("release", view.release);
  if (view.from || view.to) {
    if (view.from) query.set("from", view.from);
    if (view.to) query.set("to", view.to);
  } else if (view.range !== "all") query.set("range", view.range);
  for (const c of view.compare) query.append("compare", c);
  if (view.day) query.set("day", view.day);
  if (format) query.set("format", format);
  const q = query.toString();
  return `${base}/${slug}${path}${q ? `?${q}` : ""}`;
}
