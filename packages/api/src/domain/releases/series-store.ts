// Writing and reading a release's series points through a plain SQL client (a pg connection,
// or a Prisma client via `queryable`): one statement per dyad with each column as an array.
import type { DyadSeries } from "@rti/engine";

export interface SqlClient {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

export async function insertSeries(client: SqlClient, releaseId: string, dyadId: number, s: DyadSeries): Promise<void> {
  await client.query(
    `INSERT INTO "release_point" ("releaseId", "dyadId", "day", "value", "pressure", "conflict", "cooperation", "aToB", "bToA", "events")
     SELECT $1::uuid, $2::int, DATE '1970-01-01' + ($3::int + t.i::int - 1), t.v, t.p, t.c, t.q, t.ab, t.ba, t.n
     FROM unnest($4::float8[], $5::float8[], $6::float8[], $7::float8[], $8::float8[], $9::float8[], $10::int[])
       WITH ORDINALITY AS t(v, p, c, q, ab, ba, n, i)`,
    [
      releaseId,
      dyadId,
      s.startDay,
      Array.from(s.value),
      Array.from(s.pressure),
      Array.from(s.conflict),
      Array.from(s.cooperation),
      Array.from(s.aToB),
      Array.from(s.bToA),
      Array.from(s.events),
    ],
  );
}

export interface StoredPoint {
  day: number;
  value: number;
  pressure: number;
  conflict: number;
  cooperation: number;
  aToB: number;
  bToA: number;
  events: number;
}

/** A dyad's stored points in a release, oldest first, days as numbers since 1970-01-01. */
export async function readSeries(client: SqlClient, releaseId: string, dyadId: number, range?: { from?: string; to?: string }): Promise<StoredPoint[]> {
  const { rows } = await client.query(
    `SELECT ("day" - DATE '1970-01-01')::int AS "day", "value", "pressure", "conflict", "cooperation", "aToB", "bToA", "events"
     FROM "release_point"
     WHERE "releaseId" = $1::uuid AND "dyadId" = $2 AND ($3::date IS NULL OR "day" >= $3::date) AND ($4::date IS NULL OR "day" <= $4::date)
     ORDER BY "day"`,
    [releaseId, dyadId, range?.from ?? null, range?.to ?? null],
  );
  return rows as StoredPoint[];
}
