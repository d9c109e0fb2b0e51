// The real GDELT 1.0 extracts, imported as they are: the events per dyad match a count made
// here with a plain loop over the file's lines, and importing a file again adds nothing.
import { readFile } from "node:fs/promises";
import { getDb } from "@rti/db";
import { createTestUser } from "@rti/db/testing";
import { dyadSlug } from "@rti/engine";
import { beforeAll, describe, expect, it } from "vitest";
import { GDELT1_COLUMNS } from "./gdelt";
import { gdelt2From, GDELT_FILES, importWhole } from "./test-files";

const db = getDb();

/** A line's fields: split on commas outside double quotes, quotes dropped. Enough for these files. */
function fieldsOf(line: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === "," && !quoted) {
      out.push(current);
      current = "";
    } else current += ch;
  }
  out.push(current);
  return out;
}

/** Per dyad, the rows of a file (its first `limit`) with two different countries that the actor table knows. */
async function expectedPerDyad(file: string, limit = Infinity): Promise<{ rows: number; perDyad: Map<string, number> }> {
  const countries = new Set((await db.actor.findMany({ where: { kind: "country" }, select: { code: true } })).map((a) => a.code));
  const lines = (await readFile(file, "utf8"))
    .split("\n")
    .filter((l) => l.trim() !== "")
    .slice(0, limit + 1);
  const [a1, a2] = [GDELT1_COLUMNS.indexOf("Actor1CountryCode"), GDELT1_COLUMNS.indexOf("Actor2CountryCode")];
  const perDyad = new Map<string, number>();
  for (const line of lines.slice(1)) {
    const f = fieldsOf(line);
    const [x, y] = [f[a1]!, f[a2]!];
    if (x !== y && countries.has(x) && countries.has(y)) perDyad.set(dyadSlug(x, y), (perDyad.get(dyadSlug(x, y)) ?? 0) + 1);
  }
  return { rows: lines.length - 1, perDyad };
}

async function importedPerDyad(jobId: string): Promise<Map<string, number>> {
  const groups = await db.event.groupBy({ by: ["dyadId"], where: { importJobId: jobId }, _count: { _all: true } });
  const slugs = new Map((await db.dyad.findMany({ where: { id: { in: groups.map((g) => g.dyadId) } }, select: { id: true, slug: true } })).map((d) => [d.id, d.slug]));
  return new Map(groups.map((g) => [slugs.get(g.dyadId)!, g._count._all]));
}

describe("the real GDELT 1.0 extracts", () => {
  let editor: { id: string; email: string };
  beforeAll(async () => {
    editor = await createTestUser(db, { roles: ["editor"] });
  });

  it("imports March 2012 as drafts, per dyad as a separate count of the file says, and a second time adds nothing", async () => {
    const expected = await expectedPerDyad(GDELT_FILES.mar2012);
    const job = await importWhole(db, editor, "gdelt1", { path: GDELT_FILES.mar2012 }, { batchSize: 1000 });
    expect(job.status, job.error ?? "").toBe("done");
    expect(job.progress.rowsRead).toBe(expected.rows);
    const imported = [...expected.perDyad.values()].reduce((a, b) => a + b, 0);
    expect(job.progress.rowsImported).toBe(imported);
    expect(job.progress.rowsSkipped).toBe(expected.rows - imported);
    expect(job.progress.fraction).toBe(1);
    expect(Object.fromEntries(await importedPerDyad(job.id))).toEqual(Object.fromEntries(expected.perDyad));
    // Every skipped row has its reason on record.
    expect(await db.importSkip.count({ where: { jobId: job.id } })).toBe(expected.rows - imported);
    expect(job.skippedByKind.map((k) => k.kind)).toContain("actor");

    const event = await db.event.findFirstOrThrow({
      where: { importJobId: job.id, externalId: { not: null } },
      include: { head: { include: { sources: true } } },
      orderBy: { externalId: "asc" },
    });
    expect(event).toMatchObject({ status: "draft", origin: "import", createdById: editor.id, headAuthorId: editor.id, headNumber: 1 });
    expect(event.externalId).toMatch(/^gdelt:\d+$/);
    expect(event.title).toMatch(/^.+ – .+: .+ \(GDELT\)$/);
    // No SOURCEURL in these files: the source is GDELT's monthly back file, with the row's id.
    expect(event.head!.sources).toEqual([
      expect.objectContaining({ position: 0, url: `http://data.gdeltproject.org/events/201203.zip#GLOBALEVENTID=${event.externalId!.slice(6)}`, publisher: "The GDELT Project" }),
    ]);

    const again = await importWhole(db, editor, "gdelt1", { path: GDELT_FILES.mar2012 });
    expect(again.status).toBe("done");
    expect(again.progress.rowsImported).toBe(0);
    expect(again.progress.rowsSkipped).toBe(expected.rows);
    expect(again.skippedByKind.find((k) => k.kind === "already_imported")?.count).toBe(imported);
    expect(await db.event.count({ where: { importJobId: again.id } })).toBe(0);
  });

  // GDELT 2.0 shares 1.0's event ids: the first rows of November as a 2.0 export, then the whole
  // file as 1.0, import every row once between them.
  it("imports a GDELT 2.0 export made of November's first 1,500 rows, with GDELT 2.0's file as the source", async () => {
    const tsv = await gdelt2From(GDELT_FILES.nov2012, 1500);
    const expected = await expectedPerDyad(GDELT_FILES.nov2012, 1500);
    const job = await importWhole(db, editor, "gdelt2", tsv);
    expect(job.status, job.error ?? "").toBe("done");
    expect(job.progress.rowsRead).toBe(1500);
    expect(Object.fromEntries(await importedPerDyad(job.id))).toEqual(Object.fromEntries(expected.perDyad));
    const event = await db.event.findFirstOrThrow({ where: { importJobId: job.id }, include: { head: { include: { sources: true } } } });
    expect(event.head!.sources[0]!.url).toMatch(/^http:\/\/data\.gdeltproject\.org\/gdeltv2\/20130203000000\.export\.CSV\.zip#GLOBALEVENTID=\d+$/);
  });

  it("imports November 2012 as GDELT 1.0: the rows the 2.0 export had are already imported, the rest per dyad as counted", async () => {
    const whole = await expectedPerDyad(GDELT_FILES.nov2012);
    const first = await expectedPerDyad(GDELT_FILES.nov2012, 1500);
    const job = await importWhole(db, editor, "gdelt1", { path: GDELT_FILES.nov2012 });
    expect(job.status, job.error ?? "").toBe("done");
    expect(job.progress.rowsRead).toBe(whole.rows);
    const rest = new Map([...whole.perDyad].map(([slug, n]) => [slug, n - (first.perDyad.get(slug) ?? 0)]).filter(([, n]) => Number(n) > 0) as [string, number][]);
    expect(Object.fromEntries(await importedPerDyad(job.id))).toEqual(Object.fromEntries(rest));
    expect(job.skippedByKind.find((k) => k.kind === "already_imported")?.count).toBe([...first.perDyad.values()].reduce((a, b) => a + b, 0));
  });
});
