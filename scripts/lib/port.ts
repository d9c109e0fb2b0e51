import net from "node:net";
import { StartupError } from "./fail";

export function parsePort(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new StartupError(`PORT must be a whole number from 1 to 65535 (got "${raw}"); for example PORT=3000 npm start.`);
  }
  return port;
}

/** Fails with a sentence when something already listens on the port. */
export async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", (err: NodeJS.ErrnoException) =>
      reject(
        err.code === "EADDRINUSE"
          ? new StartupError(`Port ${port} is already in use; stop the program using it or choose another, e.g. PORT=${port + 1} npm start.`)
          : new StartupError(`Cannot listen on port ${port} (${err.code ?? err.message}); choose another, e.g. PORT=3001 npm start.`),
      ),
    );
    srv.listen(port, () => srv.close(() => resolve()));
  });
}

/** Resolves once something accepts connections on the port. */
export async function waitForPort(port: number, host = "127.0.0.1", timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ port, host }, () => {
        socket.end();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new StartupError(`The web server did not start listening on port ${port} within ${timeoutMs / 1000} s; see its output above.`);
}
