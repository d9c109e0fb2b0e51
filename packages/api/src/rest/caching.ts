// HTTP caching of REST reads. A published release never changes, so a read is a function of the
// release it came from and of its address: pinned to a release by number it can be kept for
// good; "the latest" changes only when a new release is published, so it is re-checked soon and
// its ETag changes with the latest release.
import { createHash } from "node:crypto";
import type { Context } from "../context";

export const CACHE_PINNED = "public, max-age=31536000, immutable";
export const CACHE_LATEST = "public, max-age=60";

interface Basis {
  releaseId: string | null;
  pinned: boolean;
}

// Keyed by the request's response headers, which the REST handler makes per request and every
// middleware's copy of the context shares. Only the REST handler reads this, so tRPC responses
// (whose batches mix procedures) never get cache headers from it.
const bases = new WeakMap<Headers, Basis>();

/**
 * Declares that this read depends only on the given published release (null before the first
 * one) and on the request's address; `pinned` when the caller named the release.
 */
export function servedFromRelease(ctx: Context, releaseId: string | null, pinned: boolean): void {
  if (ctx.resHeaders) bases.set(ctx.resHeaders, { releaseId, pinned });
}

/** The address of a read: its path and its query in a fixed order. */
export function addressOf(url: URL): string {
  const query = new URLSearchParams(url.search);
  query.sort();
  return `${url.pathname}\n${query}`;
}

/** A strong ETag from the release and the address. */
export function etagOf(releaseId: string | null, url: URL): string {
  const digest = createHash("sha256").update(`${releaseId ?? "none"}\n${addressOf(url)}`).digest("base64url");
  return `"${digest.slice(0, 32)}"`;
}

/** ETag and Cache-Control for a read whose procedure declared its release; null otherwise. */
export function cacheHeadersFor(resHeaders: Headers, url: URL): { etag: string; cacheControl: string } | null {
  const basis = bases.get(resHeaders);
  return basis ? { etag: etagOf(basis.releaseId, url), cacheControl: basis.pinned ? CACHE_PINNED : CACHE_LATEST } : null;
}

/** Whether an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for GET). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").some((tag) => bare(tag) === bare(etag));
}
