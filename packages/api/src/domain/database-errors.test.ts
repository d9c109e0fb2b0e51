// PostgreSQL's refusals reach callers as 4xx domain errors, and a lost database as a 503 to
// try again: checked with errors the real database, node-postgres and Prisma's driver adapter
// produce, not hand-made look-alikes.
import net, { type AddressInfo } from "node:net";
import { createPrismaClient, getDb, withPgTransaction } from "@rti/db";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { domainErrorFromDatabase, isConnectionLost, sqlState } from "./database-errors";

const db = getDb();
// The embedded PGlite serves every connection from one session: one cannot cut another.
const embedded = !process.env.TEST_DATABASE_URL;

/** A local port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function failure(work: Promise<unknown>): Promise<unknown> {
  return work.then(
    () => {
      throw new Error("expected the database to refuse this");
    },
    (error: unknown) => error,
  );
}

describe("database errors", () => {
  it("reads the SQLSTATE under Prisma's own error code (a foreign-key violation is bad input, not a 500)", async () => {
    const error = await failure(
      db.event.create({
        data: { dyadId: -1, date: new Date(), cameoCode: "041", title: "Orphan", headAuthorId: "no-such-user", createdById: "no-such-user" },
      }),
    );
    expect((error as { code?: string }).code).toBe("P2003");
    expect(sqlState(error)).toBe("23503");
    expect(domainErrorFromDatabase(error)).toMatchObject({ domainCode: "INVALID_INPUT", code: "BAD_REQUEST" });
  });

  it("reads the SQLSTATE of a failed raw statement (a trigger's refusal)", async () => {
    const error = await failure(db.$executeRawUnsafe(`DO $$ BEGIN RAISE EXCEPTION 'refused' USING ERRCODE = 'insufficient_privilege'; END $$`));
    expect((error as { code?: string }).code).toBe("P2010");
    expect(sqlState(error)).toBe("42501");
    expect(domainErrorFromDatabase(error)).toMatchObject({ domainCode: "FORBIDDEN" });
  });

  it("turns a null character in text, which PostgreSQL cannot store, into bad input", async () => {
    const error = await failure(db.$queryRawUnsafe("SELECT $1::text AS t", "a\u0000b"));
    expect(sqlState(error)).toBe("22021");
    expect(domainErrorFromDatabase(error)).toMatchObject({ domainCode: "INVALID_INPUT", code: "BAD_REQUEST" });
  });

  it("keeps PL/pgSQL's own SQLSTATEs, which start with P0", async () => {
    const error = await failure(db.$executeRawUnsafe(`DO $$ BEGIN RAISE EXCEPTION 'plain raise'; END $$`));
    expect(sqlState(error)).toBe("P0001");
  });

  it("makes an unreachable database a 503 to try again, not a 500", async () => {
    const unreachable = createPrismaClient(`postgresql://postgres@127.0.0.1:${await closedPort()}/none`);
    try {
      const error = await failure(unreachable.user.count());
      expect(isConnectionLost(error)).toBe(true);
      expect(domainErrorFromDatabase(error)).toMatchObject({ domainCode: "UNAVAILABLE", code: "SERVICE_UNAVAILABLE" });
    } finally {
      await unreachable.$disconnect();
    }
  });

  it("makes a transaction the server could not run in time (every connection busy) a 503 to try again", async () => {
    const error = await failure(
      db.$transaction(
        async (tx) => {
          await new Promise((resolve) => setTimeout(resolve, 100));
          await tx.$queryRaw`SELECT 1`;
        },
        { timeout: 10 },
      ),
    );
    expect(error).toMatchObject({ code: "P2028" });
    expect(domainErrorFromDatabase(error)).toMatchObject({ domainCode: "UNAVAILABLE", code: "SERVICE_UNAVAILABLE", message: expect.stringContaining("busy") });
  });

  it.skipIf(embedded)("makes a connection cut mid-transaction (as by a database shutting down) a 503, through Prisma and the bulk writer, and the next query reconnects", async () => {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    const cut = (pid: number) => admin.query("SELECT pg_terminate_backend($1)", [pid]);
    try {
      const bulk = await failure(
        withPgTransaction(db, async (client) => {
          const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
          await cut(rows[0]!.pid);
          await client.query("SELECT 1");
        }),
      );
      const prisma = await failure(
        db.$transaction(async (tx) => {
          const [row] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
          await cut(row!.pid);
          await tx.$queryRaw`SELECT 1`;
        }),
      );
      for (const error of [bulk, prisma]) expect(domainErrorFromDatabase(error)).toMatchObject({ domainCode: "UNAVAILABLE", code: "SERVICE_UNAVAILABLE" });
      expect(await withPgTransaction(db, async (client) => (await client.query("SELECT 1 AS one")).rows)).toEqual([{ one: 1 }]);
      expect(await db.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    } finally {
      await admin.end();
    }
  });
});
