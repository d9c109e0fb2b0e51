// Bulk writes bypass Prisma: its raw-query path serialises large array parameters slowly (a
// release of millions of series points took minutes), while node-postgres sends them at the
// speed of COPY. One pool per database, shared by the process.
import pg from "pg";
import { urlOf, type Db } from "./client";

const pools = new Map<string, pg.Pool>();

function poolFor(db: Db): pg.Pool {
  const url = urlOf(db);
  let pool = pools.get(url);
  if (!pool) {
    pool = new pg.Pool({ connectionString: url, max: 4 });
    // An idle connection the database dropped (a restart, a network cut) is already out of the
    // pool, and the next use opens a new one; unheard, its error would be an uncaught exception.
    pool.on("error", (error) => console.warn(`[rti] A database connection closed while idle (${error.message}); the next write opens a new one.`));
    pools.set(url, pool);
  }
  return pool;
}

/** Runs `work` in one transaction on a plain pg connection to the client's database. */
export async function withPgTransaction<T>(db: Db, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await poolFor(db).connect();
  // A connection lost mid-transaction fails the statement in flight, which `work` throws; the
  // client also emits the loss as an event that nothing else hears while it is checked out. The
  // pool drops such a client when it is released.
  const lost = () => {};
  client.on("error", lost);
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.off("error", lost);
    client.release();
  }
}

/** Closes the bulk pools (scripts and tests that end their process). */
export async function closeBulkPools(): Promise<void> {
  await Promise.all([...pools.values()].map((p) => p.end()));
  pools.clear();
}
