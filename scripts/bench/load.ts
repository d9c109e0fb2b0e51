// Load and soak (issue 8): the production server on PostgreSQL with 200 dyads × 10 years, read by
// the public — home and dyad pages as browsers ask for them, series as JSON and CSV, a release's
// events — through 200 autocannon connections for LOAD_SECONDS (60), while 20 editors draft,
// edit, submit and review events over the REST API. Prints requests per second, latency, errors (the target is none)
// and the server's resident memory before and after (the target is under 20 % growth); then
// checks that no editor's saved change was lost; last, the API's part of the mix alone.
import os from "node:os";
import autocannon from "autocannon";
import { createApiKey } from "@rti/auth";
import { closeBulkPools, createPasswordUser } from "@rti/db";
import { dayString } from "@rti/engine";
import { DATASET, publishedBenchDataset } from "./dataset";
import { Editors, percentile } from "./editors";
import { benchRedisUrl, startBenchServer, type BenchServer } from "./server";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const WARM_UP_SECONDS = 10;
const API_SECONDS = 20;
const CONNECTIONS = 200;
const EDITORS = 20;
/** Drafts every editor edits at once, to provoke conflicting saves. */
const CONTESTED = 10;
const PORT = 3960;
const TARGET = { errors: 0, rssGrowth: 0.2 };

const { database, db, slugs } = await publishedBenchDataset("bench_load");
let web: BenchServer | undefined;
try {
  // Editors who also review (never their own revision): keys, as a newsroom's tools would use.
  const keys: string[] = [];
  for (let i = 0; i < EDITORS; i++) {
    const user = await createPasswordUser(db, { name: `Load Editor ${i}`, email: `load-editor-${i}@bench.example`, roles: ["editor", "reviewer"] });
    keys.push((await createApiKey(db, user, "load benchmark")).key);
  }
  web = await startBenchServer(database.url, PORT);
  const server = web;
  console.log(`cores: ${os.availableParallelism()}; rate limits kept in ${benchRedisUrl() ? "Redis" : "PostgreSQL"}; ${CONNECTIONS} public connections, ${EDITORS} editors`);

  const editors = new Editors(server.url, keys);
  const contested = await editors.draftContested(CONTESTED);

  // The public's mix: the dashboard's pages and what pipelines fetch, over every dyad.
  const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
  const lastYear = dayString(DATASET.lastDay - 364);
  // Pages are asked for as browsers do (gzip accepted, a document); the API as curl does.
  const browser = { "accept-encoding": "gzip, deflate, br, zstd", "sec-fetch-dest": "document", accept: "text/html" };
  const mix: { name: string; share: number; path: (slug: string) => string; headers?: Record<string, string> }[] = [
    { name: "home page", share: 0.1, path: () => "/", headers: browser },
    { name: "dyad page", share: 0.2, path: (slug) => `/dyads/${slug}`, headers: browser },
    { name: "series JSON, last year", share: 0.3, path: (slug) => `/api/v1/dyads/${slug}/series?from=${lastYear}` },
    { name: "series CSV, 10 years", share: 0.15, path: (slug) => `/api/v1/dyads/${slug}/series?format=csv` },
    { name: "events list", share: 0.25, path: (slug) => `/api/v1/events?dyad=${slug}&limit=50` },
  ];
  const counts = new Map(mix.map((m) => [m.name, 0]));
  const publicLoad = (seconds: number, kinds = mix) =>
    autocannon({
      url: server.url,
      connections: CONNECTIONS,
      duration: seconds,
      requests: [
        {
          setupRequest: (request) => {
            let r = Math.random() * kinds.reduce((sum, m) => sum + m.share, 0);
            const choice = kinds.find((m) => (r -= m.share) < 0) ?? kinds.at(-1)!;
            counts.set(choice.name, counts.get(choice.name)! + 1);
            return { ...request, path: choice.path(pick(slugs)), headers: { ...request.headers, ...choice.headers } };
          },
        },
      ],
    });

  const idleRss = server.rssBytes();
  // Every address once (four at a time), as the first readers after a release would: the
  // measured run then shows the steady state, and this the cost of a cold release.
  const warmStarted = performance.now();
  const addresses = [...new Map(slugs.flatMap((slug) => mix.map((m) => [m.path(slug), m.headers] as const)))];
  const queue = [...addresses];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let next = queue.pop(); next; next = queue.pop()) {
        const [address, headers] = next;
        const response = await fetch(`${server.url}${address}`, { headers });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${address} answered ${response.status} while warming up`);
      }
    }),
  );
  console.log(`\nwarm-up: every address once (${addresses.length.toLocaleString("en")}, four at a time) in ${((performance.now() - warmStarted) / 1000).toFixed(0)} s, then ${WARM_UP_SECONDS} s of the mix`);
  await publicLoad(WARM_UP_SECONDS);
  counts.forEach((_, k) => counts.set(k, 0));

  const rssBefore = server.rssBytes();
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, server.rssBytes())), 1000);
  console.log(`measured run: ${SECONDS} s of public reads while ${EDITORS} editors write`);
  const writing = editors.work();
  const result = await publicLoad(SECONDS);
  const writes = await editors.stop(writing);
  clearInterval(sampler);
  const rssAfter = server.rssBytes();
  if (!server.alive()) console.log("THE SERVER EXITED during the run; its last lines:\n" + server.lastLines().join("\n"));

  // autocannon's errors include its timeouts (no answer in 10 s).
  const failed = result.errors + result.non2xx;
  console.log(`\npublic reads @${CONNECTIONS}: ${result.requests.average.toFixed(0)} req/s, latency p50 ${result.latency.p50} ms / p99 ${result.latency.p99} ms, ${result.requests.total.toLocaleString("en")} requests, ${failed} failed (${result.timeouts} without an answer in 10 s; target ${TARGET.errors}: ${failed === TARGET.errors ? "met" : "NOT met"})`);
  console.log(`  mix: ${[...counts].map(([name, n]) => `${name} ${n.toLocaleString("en")}`).join(", ")}`);
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  const growth = rssAfter / rssBefore - 1;
  console.log(
    `server memory (RSS, start.ts + the web server): ${mb(idleRss)} idle, ${mb(rssBefore)} after warm-up, ${mb(rssPeak)} peak, ${mb(rssAfter)} at the end: ` +
      `growth ${(growth * 100).toFixed(1)} % (target < ${TARGET.rssGrowth * 100} %: ${growth < TARGET.rssGrowth ? "met" : "NOT met"})`,
  );
  for (const [op, ms] of Object.entries(writes.latencies)) {
    console.log(`  ${op}: ${ms.length.toLocaleString("en")}, p50 ${percentile(ms, 0.5)} ms / p99 ${percentile(ms, 0.99)} ms`);
  }
  console.log(`editors' writes: ${writes.ok.toLocaleString("en")} succeeded, ${writes.conflicts} conflicting saves refused (409) and redone, ${writes.errors.length} errors`);
  for (const e of writes.errors.slice(0, 5)) console.log(`  error: ${e}`);

  const lost = await editors.lostUpdates(contested);
  console.log(`lost updates: ${lost.length} (each of the ${CONTESTED} contested drafts holds every saved change and one revision per save)`);
  for (const l of lost.slice(0, 5)) console.log(`  ${l}`);

  // The same connections on the API's part of the mix alone, without editors: what pipelines see,
  // and how much of the above is the pages' rendering.
  const api = await publicLoad(API_SECONDS, mix.filter((m) => m.path("x").startsWith("/api/")));
  console.log(
    `API reads alone @${CONNECTIONS} (${API_SECONDS} s): ${api.requests.average.toFixed(0)} req/s, latency p50 ${api.latency.p50} ms / p99 ${api.latency.p99} ms, ${api.errors + api.non2xx} failed`,
  );
} finally {
  await web?.stop();
  await db.$disconnect();
  await closeBulkPools();
  await database.drop();
}
