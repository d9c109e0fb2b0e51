// PostgreSQL's refusals reach callers as 4xx domain errors: checked with errors the real
// database and Prisma's driver adapter produce, not hand-made look-alikes.
import { getDb } from "@rti/db";
import { describe, expect, it } from "vitest";
import { domainErrorFromDatabase, sqlState } from "./database-errors";

const db = getDb();

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
});
