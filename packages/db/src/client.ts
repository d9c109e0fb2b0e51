// One Prisma client per process, talking to PostgreSQL through node-postgres. Next.js dev
// mode re-evaluates modules, so the instance is parked on globalThis.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { databaseUrl } from "./config";

// Which database each client talks to, so bulk writers can open a plain pg connection to it.
// Parked beside the client: a dev reload that kept the client must keep its URL too.
const globalForPrisma = globalThis as unknown as { rtiPrisma?: PrismaClient; rtiPrismaUrls?: WeakMap<PrismaClient, string> };
const urls = (globalForPrisma.rtiPrismaUrls ??= new WeakMap<PrismaClient, string>());

export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: 10 }),
    // A write waits up to 10 s for a connection (Prisma's default is 2 s): under a burst of public
    // reads an editor's save should queue, not fail.
    transactionOptions: { maxWait: 10_000 },
  });
  urls.set(client, url);
  return client;
}

/** The connection string a client was made with. */
export function urlOf(db: PrismaClient): string {
  const url = urls.get(db);
  if (!url) throw new Error("This Prisma client was not made by createPrismaClient.");
  return url;
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
