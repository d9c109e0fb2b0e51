// One batch of an import written with a handful of statements, whatever its size: the dyads it
// needs, its events with their first revisions and sources (one statement), and its skipped
// rows. Row-by-row inserts would take hours for a large GDELT file.
import { randomBytes } from "node:crypto";
import { dyadSlug, orderPair } from "@rti/engine";
import type pg from "pg";
import type { ImportedEvent, Skip } from "./rows";
import { ALREADY_IMPORTED } from "./rows";

export interface PendingEvent {
  line: number;
  excerpt: string;
  event: ImportedEvent;
}

export interface SkippedRow extends Skip {
  line: number;
  excerpt: string;
}

export interface BatchTarget {
  jobId: string;
  /** The uploader: author of every revision, creator of every event. */
  authorId: string;
  /** Dyad ids by slug, found or made so far in this import's transaction. */
  dyads: Map<string, number>;
}

/**
 * `n` time-ordered UUIDs (version 7, RFC 9562: milliseconds, a 12-bit counter, random bits).
 * Random (version 4) ids land on random pages of the id indexes, which stop fitting in memory
 * a few hundred thousand events into a large import; these are appended at their end.
 */
export function uuidV7s(n: number): string[] {
  const now = Date.now();
  const random = randomBytes(8 * n).toString("hex");
  return Array.from({ length: n }, (_, i) => {
    // Past 4,096 ids the counter wraps and the millisecond moves on instead.
    const time = (now + (i >> 12)).toString(16).padStart(12, "0");
    const counter = (0x7000 | (i & 0xfff)).toString(16);
    const tail = random.slice(16 * i, 16 * i + 16);
    const variant = ((parseInt(tail[0]!, 16) & 0x3) | 0x8).toString(16);
    return `${time.slice(0, 8)}-${time.slice(8)}-${counter}-${variant}${tail.slice(1, 4)}-${tail.slice(4, 16)}`;
  });
}

async function dyadIds(client: pg.PoolClient, target: BatchTarget, events: ImportedEvent[]): Promise<number[]> {
  const slugs = events.map((e) => dyadSlug(e.source, e.target));
  const missing = [...new Set(slugs.filter((slug) => !target.dyads.has(slug)))];
  if (missing.length) {
    const pairs = missing.map((slug) => orderPair(...(slug.toUpperCase().split("-") as [string, string])));
    await client.query(
      `INSERT INTO "dyad" ("slug", "actorA", "actorB") SELECT * FROM unnest($1::text[], $2::varchar[], $3::varchar[]) ON CONFLICT DO NOTHING`,
      [missing, pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
    const { rows } = await client.query<{ id: number; slug: string }>(`SELECT "id", "slug" FROM "dyad" WHERE "slug" = ANY($1::text[])`, [missing]);
    for (const row of rows) target.dyads.set(row.slug, row.id);
  }
  return slugs.map((slug) => target.dyads.get(slug)!);
}

// Events, revisions and sources in one statement: each event names its head revision, which
// names the event back, and PostgreSQL checks both foreign keys at the end of the statement.
// ON CONFLICT skips external ids already in the database (or twice in the batch); the final
// SELECT returns the lines of those rows.
const INSERT_EVENTS = `
WITH input AS (
  SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::varchar[], $6::varchar[], $7::date[], $8::text[],
                       $9::varchar[], $10::numeric[], $11::text[], $12::numeric[], $13::text[], $14::text[], $15::text[], $16::text[],
                       $17::date[], $18::text[], $19::int[])
    AS t("id", "revisionId", "externalId", "dyadId", "source", "target", "date", "precision", "code", "intensity", "reason", "weight",
         "title", "summary", "url", "publisher", "publishedAt", "quote", "line")
), created AS (
  INSERT INTO "event" ("id", "status", "headNumber", "headRevisionId", "dyadId", "date", "cameoCode", "title", "headAuthorId",
                       "createdById", "updatedAt", "externalId", "origin", "importJobId")
  SELECT "id", 'draft', 1, "revisionId", "dyadId", "date", "code", "title", $20, $20, now(), "externalId", 'import', $21::uuid FROM input
  ON CONFLICT ("externalId") DO NOTHING
  RETURNING "id"
), kept AS (
  SELECT input.* FROM input JOIN created USING ("id")
), revisions AS (
  INSERT INTO "event_revision" ("id", "eventId", "number", "authorId", "dyadId", "sourceActor", "targetActor", "date", "datePrecision",
                                "cameoCode", "intensity", "intensityReason", "weight", "title", "summary")
  SELECT "revisionId", "id", 1, $20, "dyadId", "source", "target", "date", "precision"::"DatePrecision", "code", "intensity", "reason",
         "weight", "title", "summary" FROM kept
), sources AS (
  INSERT INTO "revision_source" ("revisionId", "position", "url", "publisher", "publishedAt", "quote")
  SELECT "revisionId", 0, "url", "publisher", "publishedAt", "quote" FROM kept
)
SELECT "line" FROM input WHERE "id" NOT IN (SELECT "id" FROM created)`;

/** Writes a batch in the caller's transaction; returns how many events it added and the rows it skipped. */
export async function insertBatch(client: pg.PoolClient, target: BatchTarget, pending: PendingEvent[], skipped: SkippedRow[]): Promise<{ imported: number; skipped: SkippedRow[] }> {
  const all = [...skipped];
  if (pending.length) {
    const events = pending.map((p) => p.event);
    const dyads = await dyadIds(client, target, events);
    const column = <T>(pick: (e: ImportedEvent) => T) => events.map(pick);
    const { rows } = await client.query<{ line: number }>(INSERT_EVENTS, [
      uuidV7s(events.length),
      uuidV7s(events.length),
      column((e) => e.externalId),
      dyads,
      column((e) => e.source),
      column((e) => e.target),
      column((e) => e.date),
      column((e) => e.datePrecision),
      column((e) => e.code),
      column((e) => e.intensity),
      column((e) => e.intensityReason),
      column((e) => e.weight),
      column((e) => e.title),
      column((e) => e.summary),
      column((e) => e.sourceUrl),
      column((e) => e.sourcePublisher),
      column((e) => e.sourcePublishedAt),
      column((e) => e.quote),
      pending.map((p) => p.line),
      target.authorId,
      target.jobId,
    ]);
    const repeated = new Set(rows.map((r) => r.line));
    for (const p of pending) if (repeated.has(p.line)) all.push({ ...ALREADY_IMPORTED, line: p.line, excerpt: p.excerpt });
  }
  if (all.length) {
    await client.query(
      `INSERT INTO "import_skip" ("jobId", "line", "kind", "reason", "excerpt") SELECT $1::uuid, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[])`,
      [target.jobId, all.map((s) => s.line), all.map((s) => s.kind), all.map((s) => s.reason), all.map((s) => s.excerpt)],
    );
  }
  return { imported: pending.length - (all.length - skipped.length), skipped: all };
}
