// Issue 8, faults: a full export (`npm run db:export`) of a database with the demo data and
// awkward extra activity, imported (`npm run db:import`) into a new, empty database, serves
// byte-identical published series over the REST API, holds the same audit trail, and exports
// to the same bytes. The commands run as the user runs them, in a process of their own.
// (Value-by-value round trips and the import's refusals: @rti/db's portable/portable.test.ts.)
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { createApiKey, getAuth } from "@rti/auth";
import type * as DbModule from "@rti/db";
import { createPrismaClient, type Db } from "@rti/db";
import { applyMigrations, repoRoot } from "@rti/db/migrate";
import { seedReference } from "@rti/db/seed";
import { createFreshDatabase, type FreshDatabase } from "@rti/db/testing";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { DEMO_USERS, seedDemo } from "../demo";
import { createRestHandler } from "../rest/handler";
import { createResponseCache } from "../rest/response-cache";
import { createTestEvent } from "../testing/factories";
import { commentOnEvent, retractEvent } from "./events/workflow";
import { publishNow } from "./releases/workflow";

// The REST handler and the sign-in read the process's database (getDb); here it is whichever
// of the two databases is being read.
const current = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock("@rti/db", async (importOriginal) => ({ ...(await importOriginal<typeof DbModule>()), getDb: () => current.db! }));

const run = promisify(execFile);
const root = repoRoot();

/** Runs `npm run db:<command> -- <file>` against `url`, as its package script does. */
async function cli(command: "export" | "import", url: string, file: string): Promise<string> {
  const { stderr } = await run(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), `packages/db/src/cli/${command}.ts`, file], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
  });
  return stderr;
}

const databases: FreshDatabase[] = [];
const clients: Db[] = [];
let dir: string;
let a: { url: string; db: Db };
let b: { url: string; db: Db };

async function database(purpose: string) {
  const made = await createFreshDatabase(purpose);
  databases.push(made);
  const db = createPrismaClient(made.url);
  clients.push(db);
  return { url: made.url, db };
}

const demoUser = (db: Db, role: string) => db.user.findUniqueOrThrow({ where: { email: DEMO_USERS.find((u) => u.role === role)!.email } });

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "rti-portable-"));
  a = await database("portable_api_a");
  b = await database("portable_api_b");
  await applyMigrations(a.url);
  await seedReference(a.db);
  current.db = a.db;
  expect(await seedDemo(a.db)).toBe(true);

  // Activity beyond the demo: text that JSON and CSV must escape, a retraction, a comment, an
  // API key, a sign-in and a failed one (audited with no user), then a fourth release of it all.
  const editor = await demoUser(a.db, "editor");
  const reviewer = await demoUser(a.db, "reviewer");
  const publisher = await demoUser(a.db, "publisher");
  const awkward = await createTestEvent(a.db, {
    author: editor,
    state: "approved",
    fields: { title: `"Quoted" \\ back\\slash 🦊 and 'single'`, summary: `Line one\nLine two\r\n\ttabbed, "quoted", \\n not a newline, 🦊🇺🇦` },
  });
  await commentOnEvent(a.db, reviewer, { id: awkward.event.id, body: 'A comment with "quotes"\nand a second line \\ 🦊' });
  const retracted = await a.db.event.findFirstOrThrow({ where: { status: "approved", createdById: editor.id }, orderBy: { id: "asc" } });
  await retractEvent(a.db, reviewer, { id: retracted.id, baseRevision: 1, reason: 'Source withdrawn: "not confirmed"\nSee the note.' });
  await createApiKey(a.db, editor, "Pipeline \"nightly\" 🦊");
  const auth = getAuth();
  const password = DEMO_USERS.find((u) => u.role === "editor")!.password;
  expect((await auth.api.signInEmail({ body: { email: editor.email, password }, asResponse: true })).status).toBe(200);
  expect((await auth.api.signInEmail({ body: { email: "nobody@example.org", password: "wrong-password" }, asResponse: true })).status).toBe(401);
  await publishNow(a.db, publisher, { asOf: "2025-09-30", notes: 'After the retraction: "quotes", \\ and 🦊\nOn two lines.' });
}, 600_000);

afterAll(async () => {
  await Promise.all(clients.map((db) => db.$disconnect()));
  await Promise.all(databases.map((d) => d.drop()));
  await rm(dir, { recursive: true, force: true });
});

/** Every published release's series of every one of its dyads, as JSON and CSV, read over REST from `db`. */
async function publishedSeries(db: Db): Promise<Map<string, string>> {
  current.db = db;
  // A handler of its own, so no answer cached from the other database (same release ids) is replayed.
  const handler = createRestHandler({ limit: async () => {}, cache: createResponseCache(0) });
  const releases = await db.release.findMany({ where: { status: "published" }, orderBy: { number: "asc" }, include: { dyads: { include: { dyad: true }, orderBy: { dyadId: "asc" } } } });
  const answers = new Map<string, string>();
  for (const release of releases) {
    for (const { dyad } of release.dyads) {
      for (const format of ["json", "csv"]) {
        const address = `/dyads/${dyad.slug}/series?release=${release.number}&format=${format}`;
        const response = await handler(new Request(`http://localhost/api/v1${address}`));
        expect({ address, status: response.status }).toEqual({ address, status: 200 });
        answers.set(address, `ETag ${response.headers.get("etag")}\n${await response.text()}`);
      }
    }
  }
  return answers;
}

const auditTrail = async (db: Db) => (await db.$queryRaw<{ row: string }[]>`SELECT row_to_json(a)::text AS row FROM audit_log a ORDER BY id`).map((r) => r.row);

/** An export without its header's export time, the one thing two exports of the same data may differ in. */
const timeless = (text: string) => text.replace(/,"exportedAt":"[^"]*"}\n/, "}\n");

it("imports into an empty database with the same published series, audit trail and export bytes", async () => {
  const fileA = path.join(dir, "a.jsonl");
  expect(await cli("export", a.url, fileA)).toMatch(/release_point: \d+ rows[\s\S]*Exported \d+ rows of \d+ tables/);
  // B has never been migrated: the import migrates it, then loads.
  expect(await cli("import", b.url, fileA)).toMatch(/Applied \d+ migration\(s\)[\s\S]*Imported \d+ rows/);

  const seriesA = await publishedSeries(a.db);
  const seriesB = await publishedSeries(b.db);
  expect(seriesA.size).toBeGreaterThan(20); // four releases of several dyads, in two formats
  expect([...seriesB.keys()]).toEqual([...seriesA.keys()]);
  for (const [address, answer] of seriesA) expect({ address, answer: seriesB.get(address) }).toEqual({ address, answer });

  const trailA = await auditTrail(a.db);
  expect(trailA.length).toBeGreaterThan(50);
  expect(trailA.some((r) => r.includes('"action":"event.retract"'))).toBe(true);
  expect(trailA.some((r) => r.includes('"action":"auth.sign_in_failed"') && r.includes('"actorId":null'))).toBe(true);
  expect(await auditTrail(b.db)).toEqual(trailA);

  const fileB = path.join(dir, "b.jsonl");
  await cli("export", b.url, fileB);
  const [exportA, exportB] = await Promise.all([readFile(fileA, "utf8"), readFile(fileB, "utf8")]);
  expect(exportA).toContain("🦊");
  expect(timeless(exportB)).toBe(timeless(exportA));

  // B works on as A would have: its serial ids go on after the imported ones.
  current.db = b.db;
  await commentOnEvent(b.db, await demoUser(b.db, "reviewer"), { id: (await b.db.event.findFirstOrThrow()).id, body: "After the import." });
  const [last] = await b.db.auditLog.findMany({ orderBy: { id: "desc" }, take: 1 });
  expect(last!.id).toBe(BigInt((JSON.parse(trailA.at(-1)!) as { id: number }).id) + 1n);
}, 600_000);
