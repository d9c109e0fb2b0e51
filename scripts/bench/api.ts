// Benchmark of the REST API's series endpoint (issue 6, Speed): the production server on a
// database of 200 dyads × 10 years with a published release, loaded by autocannon at 50 and 200
// connections for JSON and CSV, beside the same bytes served as a static file by Node's own
// http module, and the ratio. Needs a PostgreSQL server (BENCH_DATABASE_URL or
// TEST_DATABASE_URL, default the local one): the web server runs in its own process.
import { createReadStream, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import os, { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { closeBulkPools } from "@rti/db";
import { dayString } from "@rti/engine";
import { DATASET, publishedBenchDataset } from "./dataset";
import { benchRedisUrl, startBenchServer, type BenchServer } from "./server";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = [50, 200];
const WEB_PORT = 3950;
const STATIC_PORT = 3951;
const TARGET = { p99Ms: 50, ratio: 0.5 };

const { database, db, release } = await publishedBenchDataset("bench_api");
let web: BenchServer | undefined;
const staticServer = createServer();
try {
  web = await startBenchServer(database.url, WEB_PORT);
  console.log(`cores: ${os.availableParallelism()}; rate limits kept in ${benchRedisUrl() ? "Redis" : "PostgreSQL"}`);

  // The busiest dyad, pinned to the release: its last year (the dashboard's default view) and
  // its whole ten years (what a pipeline fetches once), as JSON and as CSV.
  const busiest = await db.releaseDyad.findFirstOrThrow({ where: { releaseId: release.id }, orderBy: { eventCount: "desc" }, include: { dyad: true } });
  const base = `/api/v1/dyads/${busiest.dyad.slug}/series?release=${release.number}`;
  const requests = [
    { name: "last year", query: `&from=${dayString(DATASET.lastDay - 364)}` },
    { name: "10 years", query: "" },
  ].flatMap((range) => (["json", "csv"] as const).map((format) => ({ ...range, format, path: `${base}${range.query}&format=${format}` })));
  const files = new Map<string, { file: string; bytes: number; type: string }>();
  for (const [i, r] of requests.entries()) {
    const response = await fetch(`${web.url}${r.path}`);
    if (!response.ok) throw new Error(`${r.path} answered ${response.status}`);
    const body = Buffer.from(await response.arrayBuffer());
    const file = path.join(tmpdir(), `rti-bench-series-${i}.${r.format}`);
    writeFileSync(file, body);
    files.set(`/${i}`, { file, bytes: body.byteLength, type: response.headers.get("content-type")! });
    console.log(`${r.name} ${r.format}: ${r.path} — ${body.byteLength.toLocaleString("en")} bytes`);
  }

  // The same bytes as a static file, streamed by Node's http module.
  staticServer.on("request", (req, res) => {
    const { file, bytes, type } = files.get(req.url!)!;
    res.writeHead(200, { "Content-Type": type, "Content-Length": bytes });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => staticServer.listen(STATIC_PORT, "127.0.0.1", resolve));

  const load = (url: string, connections: number) => autocannon({ url, connections, duration: SECONDS, pipelining: 1 });
  console.log(`\nautocannon, ${SECONDS} s per run: requests/s, latency p50 / p99 (ms), failed requests; ratio = API / static requests/s`);
  // The web server's floor: its cheapest route, the OpenAPI document held in memory (no database).
  const floor = await load(`${web.url}/api/v1/openapi.json`, 200);
  const floorBytes = (await (await fetch(`${web.url}/api/v1/openapi.json`)).arrayBuffer()).byteLength;
  console.log(`floor, the OpenAPI document from memory (${floorBytes.toLocaleString("en")} bytes) @200: ${floor.requests.average.toFixed(0)} req/s, ${floor.latency.p50} / ${floor.latency.p99} ms`);
  for (const [i, { name, format, path: address }] of requests.entries()) {
    const api = `${web.url}${address}`;
    const file = `http://127.0.0.1:${STATIC_PORT}/${i}`;
    for (const connections of CONNECTIONS) {
      const served = await load(api, connections);
      const plain = await load(file, connections);
      const ratio = served.requests.average / plain.requests.average;
      const verdict = connections === 200 ? `  target p99 < ${TARGET.p99Ms} ms and ratio ≥ ${TARGET.ratio}: ${served.latency.p99 < TARGET.p99Ms && ratio >= TARGET.ratio ? "met" : "NOT met"}` : "";
      console.log(
        `${name}, ${format.toUpperCase()} @${connections}: API ${served.requests.average.toFixed(0)} req/s, ${served.latency.p50} / ${served.latency.p99} ms, ${served.non2xx + served.errors} failed` +
          ` | static ${plain.requests.average.toFixed(0)} req/s, ${plain.latency.p50} / ${plain.latency.p99} ms | ratio ${ratio.toFixed(2)}${verdict}`,
      );
    }
  }
} finally {
  await web?.stop();
  staticServer.close();
  await db.$disconnect();
  await closeBulkPools();
  await database.drop();
}
