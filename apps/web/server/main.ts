// The production web server (scripts/start.ts runs it; `npm run dev` runs Next's own development
// server instead): Next's request handler, with the REST API's reads (api-reads.ts) and anonymous
// views of public pages (page-cache.ts) answered in front of it.
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import next from "next";
import { createApiReads } from "./api-reads";
import { createPageCache } from "./page-cache";

const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, dir: fileURLToPath(new URL("..", import.meta.url)), port });
const handle = app.getRequestHandler();
await app.prepare();
const apiRead = createApiReads(port);
const fromCache = createPageCache(port);

const server = createServer((req, res) => {
  // Next answers a request it cannot make an address of (a Host such as "a b") with a 500; the
  // mistake is the client's.
  const url = URL.parse(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);
  if (!url) {
    res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("Bad request: the Host header does not name a host.");
    return;
  }
  apiRead(req, res, url)
    .then(async (answered) => answered || (await fromCache(req, res, url)))
    .then((answered) => (answered ? undefined : handle(req, res)))
    .catch((error: unknown) => {
      console.error(`[rti] ${req.method} ${req.url} failed:`, error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("The server failed to answer this request.");
    });
});
server.listen(port, () => console.log(`[rti] Web server listening on port ${port}.`));

// Stop taking connections and let answers in progress finish, as `next start` does.
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
