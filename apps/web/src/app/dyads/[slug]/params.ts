import { dyadSlug } from "@rti/engine";
import { parseRange, type RangeId } from "~/components/dyad/range";

export interface DyadParams {
  /** The canonical slug, or null when the address cannot name a dyad. */
  slug: string | null;
  release: string | undefined;
  range: RangeId;
}

const first = (v: string | string[] | null | undefined) => (Array.isArray(v) ? v[0] : (v ?? undefined));

/** What a dyad page's (or its data's) address asks for. */
export function dyadParams(slug: string, query: { get(name: string): string | string[] | null | undefined }): DyadParams {
  const codes = /^([a-z]{3,5})-([a-z]{3,5})$/i.exec(decodeURIComponent(slug));
  return {
    slug: codes && codes[1]!.toLowerCase() !== codes[2]!.toLowerCase() ? dyadSlug(codes[1]!, codes[2]!) : null,
    release: first(query.get("release")),
    range: parseRange(first(query.get("range"))),
  };
}

/** The address of a view, leaving defaults out. */
export function dyadHref(slug: string, { release, range, format }: { release?: string | number; range: RangeId; format?: "csv" | "json" }, path = "") {
  const query = new URLSearchParams();
  if (release !== undefined) query.set("release", String(release));
  if (range !== "all") query.set("range", range);
  if (format) query.set("format", format);
  const q = query.toString();
  return `/dyads/${slug}${path}${q ? `?${q}` : ""}`;
}
