export { createPrismaClient, getDb, queryable, urlOf, type Db } from "./client";
export { closeBulkPools, withPgTransaction } from "./bulk";
export { ConfigError, databaseUrl, parseDatabaseUrl, redactUrl } from "./config";
export { assertReachable } from "./reachable";
export { createPasswordUser } from "./users";
export { writeAudit, writeAuditSql, type AuditActor, type AuditEntry } from "./audit";
export * from "./generated/prisma/client";
