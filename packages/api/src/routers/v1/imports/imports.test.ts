// Imports over REST, as a pipeline does them with its API key (and as the studio uploads with
// its session): upload the file, confirm, follow the progress, download the skipped rows.
import { getAuth, hashPassword } from "@rti/auth";
import { getDb } from "@rti/db";
import { createTestDyad, createTestUser } from "@rti/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { templateFile } from "../../../domain/imports/test-files";
import { errorOf, REST_BASE, restCaller, restHandler } from "../../../testing/rest";

const db = getDb();
type Caller = Awaited<ReturnType<typeof restCaller>>;
let editor: Caller;
let dyad: Awaited<ReturnType<typeof createTestDyad>>;
beforeAll(async () => {
  editor = await restCaller(db, ["editor"]);
  dyad = await createTestDyad(db);
});

const uploadAs = (caller: Caller, body: string | Uint8Array, query = "format=csv&name=visits.csv", headers: Record<string, string> = {}) =>
  caller.send("POST", `/imports?${query}`, { body: body as string, headers: { "Content-Type": "text/csv", ...headers } });

describe("an import over REST", () => {
  it("uploads, previews, runs when confirmed, reports its progress and its skipped rows as CSV", async () => {
    const file = templateFile(dyad, 4, ["no,such,row", `z-${dyad.slug},${dyad.actorA},${dyad.actorB},2024-01-01,999,Unknown code,https://example.org/x`]);
    const uploaded = await uploadAs(editor, file);
    expect(uploaded.status).toBe(201);
    const job = (await uploaded.json()) as { id: string; status: string; fileName: string; preview: { rows: unknown[] } };
    expect(uploaded.headers.get("location")).toBe(`/api/v1/imports/${job.id}`);
    expect(job).toMatchObject({ status: "previewing", fileName: "visits.csv" });
    expect(job.preview.rows).toHaveLength(6);

    const confirmed = await editor.client.POST("/imports/{id}/confirm", { params: { path: { id: job.id } } });
    expect(confirmed.response.status).toBe(200);
    expect(["queued", "running", "done"]).toContain(confirmed.data!.status);

    let seen = confirmed.data!;
    for (let i = 0; seen.status !== "done" && i < 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      const got = await editor.client.GET("/imports/{id}", { params: { path: { id: job.id } } });
      expect(got.response.headers.get("cache-control")).toBe("private, no-store");
      seen = got.data!;
    }
    expect(seen).toMatchObject({ status: "done", drafts: 4, error: null });
    expect(seen.progress).toMatchObject({ rowsRead: 6, rowsImported: 4, rowsSkipped: 2, fraction: 1, bytesRead: Buffer.byteLength(file) });
    expect(seen.skippedByKind.map((k) => [k.kind, k.count])).toEqual(expect.arrayContaining([["columns", 1], ["code", 1]]));

    const csv = await editor.send("GET", `/imports/${job.id}/skipped?format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect((await csv.text()).split("\n")).toEqual([
      "line,kind,reason,excerpt",
      "6,columns,This row has 3 columns; the file's header has 7.,\"no,such,row\"",
      expect.stringMatching(/^7,code,"code: ""999"" is not a CAMEO code the project knows/),
      "",
    ]);
    const page = await editor.client.GET("/imports/{id}/skipped", { params: { path: { id: job.id }, query: { limit: 1 } } });
    expect(page.data).toMatchObject({ items: [{ line: 6, kind: "columns" }], nextCursor: 6 });
    const next = await editor.client.GET("/imports/{id}/skipped", { params: { path: { id: job.id }, query: { limit: 1, after: 6 } } });
    expect(next.data).toMatchObject({ items: [{ line: 7, kind: "code" }], nextCursor: null });
  });

  it("takes the studio's upload with its session cookie instead of an API key", async () => {
    const password = "correct horse battery";
    const user = await createTestUser(db, { roles: ["editor"], passwordHash: await hashPassword(password) });
    const signedIn = await getAuth().api.signInEmail({ body: { email: user.email, password }, asResponse: true });
    const cookie = signedIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const response = await restHandler(
      new Request(`${REST_BASE}/imports?format=csv&name=studio.csv`, { method: "POST", body: templateFile(dyad, 1), headers: { "Content-Type": "text/csv", cookie } }),
    );
    expect(response.status).toBe(201);
    expect(await db.importJob.findFirst({ where: { createdById: user.id } })).toMatchObject({ fileName: "studio.csv", status: "previewing" });
  });
});

describe("uploads refused with a clear answer, keeping nothing", () => {
  const refusedWith = async (response: Response, status: number, message: RegExp) => {
    expect(response.status).toBe(status);
    expect((await errorOf(response)).message).toMatch(message);
  };

  it("without an API key or session, or without the editor role", async () => {
    await refusedWith(await restHandler(new Request(`${REST_BASE}/imports?format=csv`, { method: "POST", body: "x", headers: { "Content-Type": "text/csv" } })), 401, /Sign in, or send an API key/);
    await refusedWith(await uploadAs(await restCaller(db, ["reviewer"]), templateFile(dyad, 1)), 403, /needs the editor role/);
  });

  it("a format it does not know, or a body that is not a file", async () => {
    const bad = await uploadAs(editor, templateFile(dyad, 1), "format=excel");
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).details.issues).toEqual([{ parameter: "format", message: expect.stringMatching(/format=csv \(the template\), gdelt1 or gdelt2/) }]);
    await refusedWith(await uploadAs(editor, "{}", undefined, { "Content-Type": "application/json" }), 415, /Send the file itself as the body, with Content-Type text\/csv/);
  });

  it("a file over 100 MB, by its declared length before any of it is read", async () => {
    const before = await db.importJob.count({ where: { createdById: editor.viewer.id } });
    await refusedWith(await uploadAs(editor, "x", undefined, { "Content-Length": String(200 * 1024 * 1024) }), 413, /^This file is 200 MB; an import can be at most 100 MB/);
    expect(await db.importJob.count({ where: { createdById: editor.viewer.id } })).toBe(before);
  });

  it("a binary or empty file", async () => {
    await refusedWith(await uploadAs(editor, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])), 422, /ZIP archive/);
    await refusedWith(await uploadAs(editor, ""), 422, /The file is empty/);
  });
});
