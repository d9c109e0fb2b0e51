// Files before anything is imported: wrong ones are refused with a message that says what is
// wrong, and leave neither a job nor the stored file; right ones get a preview of their rows.
import { access, readFile } from "node:fs/promises";
import { Readable } from "node:stream";
import { getDb, type ImportFormat } from "@rti/db";
import { createTestDyad, createTestUser } from "@rti/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../../errors";
import { GDELT1_COLUMNS } from "./gdelt";
import { createImport } from "./jobs";
import { importFile, storeUpload } from "./storage";
import { templateCsv } from "./template";
import { GDELT_FILES, gdelt2From, importWhole, stage, upload } from "./test-files";

const db = getDb();
let editor: { id: string; email: string };
beforeAll(async () => {
  editor = await createTestUser(db, { roles: ["editor"] });
});

const gone = (path: string) => access(path).then(() => false, () => true);

/** Uploads `content` as `format`; expects a refusal and that nothing is left of it. Returns the message. */
async function refusal(format: ImportFormat, content: string | Uint8Array): Promise<string> {
  const stored = await stage(content);
  const error = await createImport(db, editor, { ...stored, format, fileName: "bad" }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect(await db.importJob.findUnique({ where: { id: stored.id } })).toBeNull();
  expect(await gone(importFile(stored.id))).toBe(true);
  return (error as DomainError).message;
}

describe("a file that cannot be imported is refused before anything is written", () => {
  it("an empty file, or one with a header and no rows", async () => {
    expect(await refusal("csv", "")).toBe("The file is empty.");
    expect(await refusal("csv", "source,target,date,code,title,source_url\n")).toBe("The file has a header line but no rows.");
    expect(await refusal("gdelt2", "\n\n")).toMatch(/first line of the file is empty/);
  });

  it("a binary file: a ZIP archive, an image, gzip, UTF-16 or text that is not UTF-8", async () => {
    expect(await refusal("gdelt2", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]))).toMatch(/ZIP archive.*unzip it/);
    expect(await refusal("csv", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toMatch(/binary file/);
    expect(await refusal("csv", Buffer.from([0x1f, 0x8b, 0x08, 0]))).toMatch(/gzip/);
    expect(await refusal("csv", Buffer.from("\ufeffsource,target\n", "utf16le"))).toMatch(/binary|UTF-16/);
    expect(await refusal("csv", Buffer.from("source,target,date,code,title,source_url\nGEO,RUS,2012-03-01,042,Visite \xe0 Moscou,https://x.org\n", "latin1"))).toMatch(
      /not UTF-8 text/,
    );
  });

  it("the template's columns missing, unknown or repeated, or a GDELT file named as the template", async () => {
    expect(await refusal("csv", "source,target,date,title\nGEO,RUS,2012-03-01,Visit\n")).toMatch(/required columns code, source_url are missing/);
    expect(await refusal("csv", "source,target,date,code,title,source_url,colour\nGEO,RUS,2012-03-01,042,Visit,https://x.org,red\n")).toMatch(
      /no column "colour"/,
    );
    expect(await refusal("csv", "source,source,target,date,code,title,source_url\n")).toMatch(/source appears twice/);
    expect(await refusal("csv", await readFile(GDELT_FILES.mar2012))).toMatch(/GDELT file.*GDELT 1\.0/);
    expect(await refusal("csv", "a\tb\tc\n1\t2\t3\n")).toMatch(/tab-separated/);
  });

  it("GDELT columns missing or in the wrong version", async () => {
    const header = GDELT1_COLUMNS.map((c) => `"${c}"`);
    expect(await refusal("gdelt1", `${header.slice(0, -1).join(",")}\n1,2\n`)).toMatch(/not GDELT 1\.0's: it lacks SOURCEURL/);
    expect(await refusal("gdelt1", templateCsv())).toMatch(/neither GDELT 1\.0's header/);
    const gdelt2 = await gdelt2From(GDELT_FILES.nov2012, 3);
    expect(await refusal("gdelt1", gdelt2)).toMatch(/GDELT 2\.0 export \(61 columns\)/);
    expect(await refusal("gdelt2", await readFile(GDELT_FILES.mar2012))).toMatch(/header line; GDELT 2\.0 exports have none/);
    expect(await refusal("gdelt2", gdelt2.split("\n").map((l) => l.split("\t").slice(0, 58).join("\t")).join("\n"))).toMatch(/GDELT 1\.0 export \(58 columns\)/);
  });

  it("a quoted field that never ends", async () => {
    expect(await refusal("csv", 'source,target,date,code,title,source_url\nGEO,RUS,2012-03-01,042,"Visit,https://x.org\n')).toMatch(/cannot be read/);
  });

  it("a file over the size limit, cut off while it streams in, with nothing kept", async () => {
    const chunks = Array.from({ length: 2048 }, () => Buffer.alloc(1024, 0x41));
    const error = await storeUpload(Readable.from(chunks), 1024 * 1024).then(
      () => null,
      (e: unknown) => e as DomainError,
    );
    expect(error?.domainCode).toBe("PAYLOAD_TOO_LARGE");
    expect(error?.message).toMatch(/^An import can be at most 1 MB\. Split it into smaller files/);
  });
});

describe("the preview", () => {
  it("shows each of the template's first rows as the draft it would become or why it would be skipped, by line", async () => {
    const dyad = await createTestDyad(db);
    const [a, b] = [dyad.actorA, dyad.actorB];
    const file = [
      "external_id,source,target,date,date_precision,code,intensity,intensity_reason,weight,title,summary,source_url",
      `,${a},${b},2021-03-17,day,161,,,1,Recall of the ambassador,"Two lines\nof summary",https://example.org/recall`,
      `,${a},${b},2021-03,month,042,,,0.5,A visit in March,,https://example.org/visit`,
      `,${a},${b},2021-03-18,day,163,-9,,1,Sanctions,,https://example.org/sanctions`,
      `,${a},ZZZZZ,2021-03-18,day,042,,,1,Unknown actor,,https://example.org/x`,
      `,${a},${b},2021-03-18,day,999,,,1,Unknown code,,https://example.org/x`,
      `,${a},${b},2021-02-30,day,042,,,1,No such day,,https://example.org/x`,
      `,${a},${a},2021-03-18,day,042,,,1,Same actor,,https://example.org/x`,
      `,${a},${b},2021-03-18,day,042,,,1,,,https://example.org/x`,
      `,${a},${b}`,
    ].join("\n");
    const job = await upload(db, editor, "csv", file, "preview.csv");
    expect(job.status).toBe("previewing");
    expect(job.fileName).toBe("preview.csv");
    expect(job.preview.mapping.map((m) => m.field)).toContain("source_url");
    const rows = job.preview.rows;
    expect(rows.map((r) => r.line)).toEqual([2, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(rows[0]!.event).toMatchObject({ source: a, target: b, date: "2021-03-17", code: "161", codeName: "Reduce or break diplomatic relations", summary: "Two lines\nof summary" });
    expect(rows[1]!.event).toMatchObject({ date: "2021-03-01", datePrecision: "month", weight: 0.5 });
    expect(rows.slice(2).map((r) => [r.skip?.kind, r.skip?.reason])).toEqual([
      ["intensity", expect.stringMatching(/^intensity_reason: Say why the intensity differs from the code's Goldstein value \(-8\)/)],
      ["actor", 'target: "ZZZZZ" is not an actor code the project knows.'],
      ["code", expect.stringMatching(/^code: "999" is not a CAMEO code/)],
      ["field", "date: This day does not exist."],
      ["field", "target: An actor cannot be paired with itself."],
      ["field", expect.stringMatching(/^title: /)],
      ["columns", "This row has 3 columns; the file's header has 12."],
    ]);
    expect(rows[8]!.excerpt).toBe(`,${a},${b}`);
  });

  it("adds a few rows that would be imported when the first ones would all be skipped (as in GDELT's files)", async () => {
    const job = await upload(db, editor, "gdelt1", { path: GDELT_FILES.mar2012 });
    const rows = job.preview.rows;
    expect(rows.slice(0, 20).map((r) => r.line)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    // Another test file imports this file too: its rows may be shown as already imported instead.
    const importable = rows.slice(20).filter((r) => r.event || r.skip?.kind === "already_imported");
    expect(importable).toHaveLength(5);
    expect(importable[0]!.line).toBeGreaterThan(21);
    expect(rows.find((r) => r.skip?.kind === "actor")!.skip!.reason).toMatch(/CountryCode/);
  });

  it("imports the template with its example rows as they are", async () => {
    const job = await importWhole(db, editor, "csv", templateCsv());
    expect(job.status, job.error ?? "").toBe("done");
    expect(job.progress.rowsRead).toBe(3);
    // The examples have fixed external ids: another run in the same database finds them imported.
    expect(job.progress.rowsImported + (job.skippedByKind.find((k) => k.kind === "already_imported")?.count ?? 0)).toBe(3);
    const sanction = await db.event.findUnique({ where: { externalId: "example-2021-003" }, include: { head: { include: { sources: true } } } });
    expect(sanction?.head).toMatchObject({ intensityReason: "Sanctions announced together with the expulsion of ten diplomats." });
    expect(sanction!.head!.intensity.toNumber()).toBe(-8.5);
    expect(sanction!.head!.sources[0]).toMatchObject({ publisher: "The White House" });
  });
});
