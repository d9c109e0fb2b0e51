// An event's revision as HTTP carries it. Every event a write returns has its revision as ETag
// ("3"), and a write names the revision it was based on in If-Match, as the studio's forms do
// with baseRevision: a stale one is a conflict (409, from the workflow), a missing or unreadable
// one a failed precondition (412).
import type { Context } from "../context";
import { DomainError } from "../errors";

export const revisionEtag = (revision: number) => `"${revision}"`;

/** Declares the revision of the event in the response; its working copy is never cached. */
export function respondWithRevision(ctx: Context, revision: number): void {
  ctx.resHeaders?.set("ETag", revisionEtag(revision));
  ctx.resHeaders?.set("Cache-Control", "private, no-store");
}

const HOW = 'Send the revision you worked on as If-Match, e.g. If-Match: "3" (the ETag of the event, or its revision field).';

/** The revision If-Match names; a DomainError PRECONDITION_FAILED when it names none. */
export function baseRevisionFrom(ctx: Context): number {
  const header = ctx.ifMatch?.trim();
  if (!header) throw new DomainError("PRECONDITION_FAILED", `This change needs If-Match. ${HOW}`, { details: { header: "If-Match" } });
  // Strong validators only (RFC 9110 §13.1.1); a bare number is taken too, as clients often send one.
  const revision = /^(?:"(\d{1,9})"|(\d{1,9}))$/.exec(header);
  const number = Number(revision?.[1] ?? revision?.[2]);
  if (!revision || number < 1) {
    throw new DomainError("PRECONDITION_FAILED", `If-Match ${header} does not name one revision of this event. ${HOW}`, {
      details: { header: "If-Match", value: header },
    });
  }
  return number;
}
