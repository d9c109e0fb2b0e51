export { createPrismaClient, getDb, queryable, type Db } from "./client";
export { ConfigError, databaseUrl, parseDatabaseUrl, redactUrl } from "./config";
export { assertReachable } from "./reachable";
export { createPasswordUser } from "./users";
export { writeAudit, type AuditActor, type AuditEntry } from "./audit";
export * from "./generated/prisma/client";
