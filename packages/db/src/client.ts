// One Prisma client per process, talking to PostgreSQL through node-postgres. Next.js dev
// mode re-evaluates modules, so the instance is parked on globalThis.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { databaseUrl } from "./config";

const globalForPrisma = globalThis as unknown as { rtiPrisma?: PrismaClient };

export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
}

/** The process-wide client, created on first use so importing this module never connects. */
export function getDb(): PrismaClient {
  globalForPrisma.rtiPrisma ??= createPrismaClient();
  return globalForPrisma.rtiPrisma;
}

export type Db = PrismaClient;

/** Lets code written for node-postgres's `query(sql, params)` run through a Prisma client. */
export function queryable(db: PrismaClient) {
  return { query: async (sql: string, params: unknown[] = []) => ({ rows: await db.$queryRawUnsafe<unknown[]>(sql, ...params) }) };
}
