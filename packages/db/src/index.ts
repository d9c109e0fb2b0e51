export { createPrismaClient, getDb, queryable, type Db } from "./client";
export { ConfigError, databaseUrl, parseDatabaseUrl, redactUrl } from "./config";
export { assertReachable } from "./reachable";
export * from "./generated/prisma/client";
