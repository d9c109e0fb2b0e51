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

// A lost or refused connection: the database restarting, shutting down or out of reach. Nothing
// was wrong with the request (its transaction rolled back), so the caller may simply try again.
// Seen as a SQLSTATE (class 08, or 57P01–57P03 from a server shutting down or starting up),
// Prisma's own code, the driver adapter's kind, a socket error or node-postgres's plain message.
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[1-3])$/;
const UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT"]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
const UNAVAILABLE_MESSAGE = /^Connection terminated|is not queryable/;

/** Whether an error from pg, Prisma or a driver adapter, however deeply wrapped, is a lost connection. */
export function isConnectionLost(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 6) return false;
  const e = error as Record<string, unknown>;
  const codes = [e.originalCode, e.code].filter((v): v is string => typeof v === "string");
  if (codes.some((c) => UNAVAILABLE_SQLSTATE.test(c) || UNAVAILABLE_CODES.has(c))) return true;
  if (typeof e.kind === "string" && UNAVAILABLE_KINDS.has(e.kind)) return true;
  if (typeof e.message === "string" && UNAVAILABLE_MESSAGE.test(e.message)) return true;
  return [e.cause, e.meta, e.driverAdapterError].some((inner) => isConnectionLost(inner, depth + 1));
}

const prismaCode = (error: unknown) => (error && typeof error === "object" ? (error as { code?: unknown }).code : undefined);

export function domainErrorFromDatabase(error: unknown): DomainError | null {
  if (isConnectionLost(error)) return new DomainError("UNAVAILABLE", "The database is unavailable at the moment; try again in a few seconds.", { cause: error });
  // Prisma could not get a connection for a transaction in time (P2028): every connection is busy.
  if (prismaCode(error) === "P2028") return new DomainError("UNAVAILABLE", "The server is too busy to save this now; try again in a few seconds.", { cause: error });
  if (prismaCode(error) === "P2002") return new DomainError("CONFLICT", "This already exists.", { cause: error });
  if (prismaCode(error) === "P2025") return new DomainError("NOT_FOUND", "That record does not exist.", { cause: error });
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
