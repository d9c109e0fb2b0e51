// The embedded PostgreSQL used when no DATABASE_URL is given: PGlite (PostgreSQL compiled to
// WebAssembly) served over the wire protocol, so the app reaches it through the same
// @prisma/adapter-pg path as a real server.
import { mkdir } from "node:fs/promises";
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { serialiseBatches } from "./pglite-queue";

export interface EmbeddedPostgres {
  /** A postgres:// URL that pg, Prisma and psql can use. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder that keeps the data across restarts; omit for a throw-away in-memory database. */
  dataDir?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
}

/** Asks the OS for a free TCP port on the loopback interface. */
export async function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, host, () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  const host = options.host ?? "127.0.0.1";
  const port = options.port || (await freePort(host));
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  // PGlite.create waits until the data directory is initialised (several seconds when new).
  const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  // PGlite runs one query at a time; the socket server queues the connections' queries.
  const server = new PGLiteSocketServer({ db, port, host, maxConnections: 64 });
  serialiseBatches(server);
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  return {
    url: `postgresql://postgres:postgres@${host}:${port}/postgres?sslmode=disable`,
    port,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
