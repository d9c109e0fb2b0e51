// Writing and reading a release's series points through a plain SQL client (a pg connection,
// or a Prisma client via `queryable`). PostgreSQL gets binary COPY: turning millions of floats
// into text and back was most of a release's publishing time. The embedded PGlite, which has
// no COPY over its socket, gets one INSERT per dyad with each column as an array.
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import type { DyadSeries } from "@rti/engine";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

export interface SqlClient {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

const POINT_COLUMNS = `"releaseId", "dyadId", "day", "value", "pressure", "conflict", "cooperation", "aToB", "bToA", "events"`;

/** Whether the server takes COPY (PostgreSQL does; PGlite over its socket does not). */
export async function supportsCopy(client: SqlClient): Promise<boolean> {
  const { rows } = await client.query("SELECT version() AS v");
  return !String((rows[0] as { v: string }).v).includes("PGlite");
}

// PostgreSQL's binary COPY format: a header, then per row a field count and length-prefixed
// big-endian fields; dates count days from 2000-01-01.
const SIGNATURE = Buffer.from("PGCOPY\n\xff\r\n\0", "latin1");
const PG_EPOCH_DAY = 10_957;

function binaryRows(releaseId: string, dyadId: number, s: DyadSeries): Buffer {
  const n = s.value.length;
  const rowSize = 2 + (4 + 16) + (4 + 4) + (4 + 4) + 6 * (4 + 8) + (4 + 4);
  const buf = Buffer.alloc(SIGNATURE.length + 8 + n * rowSize + 2);
  let o = SIGNATURE.copy(buf, 0);
  o = buf.writeInt32BE(0, o);
  o = buf.writeInt32BE(0, o);
  const uuid = Buffer.from(releaseId.replace(/-/g, ""), "hex");
  for (let i = 0; i < n; i++) {
    o = buf.writeInt16BE(10, o);
    o = buf.writeInt32BE(16, o);
    o += uuid.copy(buf, o);
    o = buf.writeInt32BE(4, o);
    o = buf.writeInt32BE(dyadId, o);
    o = buf.writeInt32BE(4, o);
    o = buf.writeInt32BE(s.startDay + i - PG_EPOCH_DAY, o);
    for (const column of [s.value, s.pressure, s.conflict, s.cooperation, s.aToB, s.bToA]) {
      o = buf.writeInt32BE(8, o);
      o = buf.writeDoubleBE(column[i]!, o);
    }
    o = buf.writeInt32BE(4, o);
    o = buf.writeInt32BE(s.events[i]!, o);
  }
  buf.writeInt16BE(-1, o);
  return buf;
}

/** Stores a dyad's series with binary COPY (PostgreSQL only; see supportsCopy). */
export async function copySeries(client: pg.ClientBase, releaseId: string, dyadId: number, s: DyadSeries): Promise<void> {
  await pipeline(Readable.from([binaryRows(releaseId, dyadId, s)]), client.query(copyFrom(`COPY "release_point" (${POINT_COLUMNS}) FROM STDIN (FORMAT binary)`)));
}

export async function insertSeries(client: SqlClient, releaseId: string, dyadId: number, s: DyadSeries): Promise<void> {
  await client.query(
    `INSERT INTO "release_point" (${POINT_COLUMNS})
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
