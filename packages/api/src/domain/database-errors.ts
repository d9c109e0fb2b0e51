// PostgreSQL's refusals, translated for the caller. Constraints in the database are the last
// line of defence; validation normally catches bad input first with a better message.
import { DomainError } from "../errors";

/** Finds a SQLSTATE in an error from pg, Prisma or a driver adapter, however deeply wrapped. */
export function sqlState(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== "object" || depth > 6) return undefined;
  const e = error as Record<string, unknown>;
  for (const key of ["originalCode", "code"]) {
    const v = e[key];
    // Prisma's own codes (P1000–P6999, e.g. P2003 around a foreign-key 23503) look like a
    // SQLSTATE too; skip them and read the wrapped one. PL/pgSQL's P0001–P0004 are real.
    if (typeof v === "string" && /^[0-9A-Z]{5}$/.test(v) && !/^P[1-9]\d{3}$/.test(v)) return v;
  }
  return sqlState(e.cause, depth + 1) ?? sqlState(e.meta, depth + 1) ?? sqlState(e.driverAdapterError, depth + 1);
}

export function domainErrorFromDatabase(error: unknown): DomainError | null {
  const prismaCode = error && typeof error === "object" ? (error as { code?: unknown }).code : undefined;
  if (prismaCode === "P2002") return new DomainError("CONFLICT", "This already exists.", { cause: error });
  if (prismaCode === "P2025") return new DomainError("NOT_FOUND", "That record does not exist.", { cause: error });
  switch (sqlState(error)) {
    case "23505":
      return new DomainError("CONFLICT", "This already exists.", { cause: error });
    case "40001":
    case "40P01":
      return new DomainError("CONFLICT", "Someone else changed this at the same moment; reload and try again.", { cause: error });
    case "23503":
    case "23514":
    case "23502":
    case "22001":
    case "22003":
    case "22P02":
      return new DomainError("INVALID_INPUT", "The database refused this value; check the fields and try again.", { cause: error });
    case "22021":
      // PostgreSQL text cannot hold U+0000, whatever field it came in.
      return new DomainError("INVALID_INPUT", "Text cannot contain an invisible null character (U+0000); remove it and try again.", { cause: error });
    case "42501":
      return new DomainError("FORBIDDEN", "This record cannot be changed.", { cause: error });
    default:
      return null;
  }
}
