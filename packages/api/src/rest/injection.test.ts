// Injection through the REST API, stored and echoed inert: SQL and script text, long strings,
// bytes that are not UTF-8, traversal in paths and prototype-pollution keys in bodies, each
// sent as a pipeline would send it. What is accepted reads back byte for byte as sent, what is
// refused is a 400/404 in the one error shape that stores nothing, and the CSV a spreadsheet
// opens carries no formula.
import { getDb } from "@rti/db";
import { createTestDyad } from "@rti/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { importWhole, templateFile } from "../domain/imports/test-files";
import { LIMITS } from "../schemas/event";
import { prototypeSnapshot } from "../testing/hostile";
import { errorOf, refusedParameters, restCaller } from "../testing/rest";

type Json = Record<string, unknown>;
const db = getDb();
let editor: Awaited<ReturnType<typeof restCaller>>;
let dyad: Awaited<ReturnType<typeof createTestDyad>>;

beforeAll(async () => {
  [editor, dyad] = await Promise.all([restCaller(db, ["editor"]), createTestDyad(db)]);
});

const draft = (overrides: Json = {}): Json => ({
  source: dyad.actorA,
  target: dyad.actorB,
  date: "2024-03-05",
  code: "042",
  title: "Ministers meet",
  sources: [{ url: "https://example.org/meeting" }],
  ...overrides,
});

const post = (body: string | Uint8Array) => editor.send("POST", "/events", { body: body as string });
const eventsSaved = () => db.event.count({ where: { createdById: editor.viewer.id } });
const tables = async () => (await db.$queryRaw<{ name: string }[]>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1`).map((t) => t.name);

/** The event as its editors last saved it, over GET. */
async function readBack(id: string): Promise<Json> {
  const response = await editor.send("GET", `/events/${id}?view=working`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  return (await response.json()) as Json;
}

/** Drafts `fields` over the event defaults, checks the 201, and reads the event back. */
async function draftAndReadBack(fields: Json): Promise<Json> {
  const response = await post(JSON.stringify(draft(fields)));
  expect(response.status, await response.clone().text()).toBe(201);
  return readBack(((await response.json()) as { id: string }).id);
}

/** Expects a 400 naming exactly `parameters`, in the error shape, with nothing saved. */
async function expectRefused(send: () => Promise<Response>, parameters: string[]) {
  const before = await eventsSaved();
  const response = await send();
  expect(response.status).toBe(400);
  const error = await errorOf(response);
  expect(error.code).toBe("INVALID_INPUT");
  expect(refusedParameters(error)).toEqual(parameters);
  expect(await eventsSaved()).toBe(before);
  return error;
}

describe("SQL metacharacters", () => {
  const SQL = ["'; DROP TABLE event; --", "' OR '1'='1", "$1", "\\", "%_%", "1); DELETE FROM audit_log; --", "E'\\x00'"];

  it.each(SQL)("%s in every text field is stored and read back as sent, and no table is lost", async (sql) => {
    const before = await tables();
    const stored = await draftAndReadBack({
      title: `Title ${sql}`,
      summary: sql,
      sources: [{ url: `https://example.org/search?q=${encodeURIComponent(sql)}`, publisher: sql, quote: sql }],
    });
    expect(stored).toMatchObject({ title: `Title ${sql}`, summary: sql, sources: [{ url: `https://example.org/search?q=${encodeURIComponent(sql)}`, publisher: sql, quote: sql }] });
    expect(await tables()).toEqual(before);
    expect(before).toEqual(expect.arrayContaining(["event", "audit_log"]));
  });
});

describe("script and HTML", () => {
  const MARKUP = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "<svg/onload=alert(1)>", "{{constructor.constructor('alert(1)')()}}"];

  it.each(MARKUP)("%s is stored and answered as JSON text, unchanged", async (markup) => {
    const stored = await draftAndReadBack({ title: markup, summary: markup, sources: [{ url: "https://example.org/a", publisher: markup, quote: markup }] });
    expect(stored).toMatchObject({ title: markup, summary: markup, sources: [{ publisher: markup, quote: markup }] });
  });

  it.each(["javascript:alert(1)", "JavaScript:alert(document.cookie)", "  javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "//evil.example/x"])(
    "refuses %j as a source's address",
    async (url) => {
      const error = await expectRefused(() => post(JSON.stringify(draft({ sources: [{ url }] }))), ["sources.0.url"]);
      expect(error.message).toMatch(/http:\/\/ or https:\/\//);
    },
  );
});

describe("very long strings", () => {
  /** A field's path, its documented maximum and a value of `length` characters for it. */
  const FIELDS: [path: string, max: number, value: (length: number) => string][] = [
    ["title", LIMITS.title, (n) => "Ж".repeat(n)],
    ["summary", LIMITS.summary, (n) => "x".repeat(n)],
    ["sources.0.url", LIMITS.url, (n) => `https://example.org/${"a".repeat(n - 20)}`],
    ["sources.0.publisher", LIMITS.publisher, (n) => "é".repeat(n)],
    ["sources.0.quote", LIMITS.quote, (n) => "'".repeat(n)],
  ];

  /** The draft with the field at `path` set to `value`. */
  const withField = (path: string, value: string) => {
    const body = draft({ sources: [{ url: "https://example.org/meeting" }] }) as Json & { sources: Json[] };
    const [first, , last] = path.split(".");
    if (last) body.sources[0]![last] = value;
    else body[first!] = value;
    return body;
  };

  it.each(FIELDS)("%s: at its maximum of %i characters it is stored intact; one more is a 400 naming it", async (path, max, value) => {
    const atMax = value(max);
    expect(atMax).toHaveLength(max);
    const stored = await draftAndReadBack(withField(path, atMax));
    const [first, , last] = path.split(".");
    expect(last ? (stored.sources as Json[])[0]![last] : stored[first!]).toBe(atMax);

    const error = await expectRefused(() => post(JSON.stringify(withField(path, value(max + 1)))), [path]);
    expect(error.message).toContain(String(max));
  });
});

describe("text that is not UTF-8", () => {
  /** The draft as UTF-8 bytes, with `bytes` where the title has "@@". */
  const withBytes = (bytes: number[]) => {
    const text = Buffer.from(JSON.stringify(draft({ title: "Bad bytes: @@" })));
    const at = text.indexOf("@@");
    return new Uint8Array(Buffer.concat([text.subarray(0, at), Buffer.from(bytes), text.subarray(at + 2)]));
  };

  it.each([
    ["a truncated sequence", [0xc3, 0x28]],
    ["a byte UTF-8 never uses", [0xff]],
    ["an encoded surrogate", [0xed, 0xa0, 0x80]],
    ["an overlong slash", [0xc0, 0xaf]],
  ])("refuses %s in the body with 400, never storing U+FFFD instead", async (_, bytes) => {
    const error = await expectRefused(() => post(withBytes(bytes)), ["body"]);
    expect(error.message).toMatch(/UTF-8/);
  });

  it.each([
    ["title", { title: "Lone \ud800 surrogate" }],
    ["summary", { summary: "\udfff" }],
    ["sources.0.quote", { sources: [{ url: "https://example.org/q", quote: "end \ud83d" }] }],
  ])("refuses a lone surrogate escape in %s with 400 naming it", async (path, fields) => {
    const body = JSON.stringify(draft(fields));
    expect(body).toMatch(/\\ud[89a-f][0-9a-f]{2}/);
    await expectRefused(() => post(body), [path]);
  });

  it("stores a surrogate pair, escaped or not, as its character", async () => {
    const escaped = JSON.stringify(draft({ title: "Smile" })).replace('"Smile"', '"Smile \\ud83d\\ude00 😀"');
    const response = await post(escaped);
    expect(response.status).toBe(201);
    expect((await readBack(((await response.json()) as { id: string }).id)).title).toBe("Smile 😀 😀");
  });
});

describe("traversal and NULs in paths", () => {
  const PATHS = [
    "/dyads/..%2F..%2Fetc%2Fpasswd/series",
    "/dyads/..%252F..%252Fetc%252Fpasswd/series",
    "/dyads/%2e%2e%2f%2e%2e%2fetc%2fpasswd/series",
    "/dyads/..\\..\\etc\\passwd/series",
    "/events/../../x",
    "/events/..%2F..%2F..%2Fetc%2Fpasswd",
    "/events/%2e%2e/%2e%2e/etc/passwd",
    "/imports/..%2F..%2F..%2Fetc%2Fpasswd/skipped?format=csv",
    "/methodology/..%2F..%2Fetc%2Fpasswd",
    "/dyads/rus%00usa/series",
    "/dyads/%00/series",
    "/events/%00",
    "/events/00000000-0000-4000-8000-000000000000%00.json",
    "/releases/1%00",
  ];

  it.each(PATHS)("%s is a 400 or 404 in the error shape, never a file", async (path) => {
    const response = await editor.send("GET", path);
    const text = await response.clone().text();
    expect([400, 404]).toContain(response.status);
    await errorOf(response);
    expect(text).not.toMatch(/root:|daemon:|\/bin\/(ba)?sh/);
  });
});

describe("prototype-pollution keys in JSON bodies", () => {
  const POLLUTERS = ['"__proto__":{"polluted":1}', '"constructor":{"prototype":{"polluted":1}}', '"__proto__":{"title":"Injected through the prototype"}'];
  /** JSON text of `value` with `key` spliced into its first object (an object literal would drop `__proto__`). */
  const spliced = (value: unknown, at: string, key: string) => JSON.stringify(value).replace(at, `${at}${key},`);

  function expectUnpolluted(before: string) {
    expect(({} as Json).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("title");
    expect(prototypeSnapshot()).toBe(before);
  }

  it.each(POLLUTERS)("{%s} at the top of a draft or inside a source: 201, nothing extra stored, Object.prototype untouched", async (key) => {
    const before = prototypeSnapshot();
    for (const body of [spliced(draft(), "{", key), spliced(draft(), '"sources":[{', key)]) {
      const response = await post(body);
      expect(response.status, body).toBe(201);
      const stored = await readBack(((await response.json()) as { id: string }).id);
      expect(stored).toMatchObject({ title: "Ministers meet", sources: [{ url: "https://example.org/meeting" }] });
      expect(Object.keys((stored.sources as Json[])[0]!).sort()).toEqual(["url"]);
      expect(JSON.stringify(stored)).not.toMatch(/polluted|Injected/);
      expectUnpolluted(before);
    }
  });

  it.each(POLLUTERS)("{%s} in a merge patch changes nothing but the fields it names", async (key) => {
    const before = prototypeSnapshot();
    const created = (await (await post(JSON.stringify(draft()))).json()) as { id: string };
    const response = await editor.send("PATCH", `/events/${created.id}`, { body: spliced({ summary: "Patched." }, "{", key), headers: { "If-Match": '"1"' } });
    expect(response.status).toBe(200);
    const stored = await readBack(created.id);
    expect(stored).toMatchObject({ revision: 2, title: "Ministers meet", summary: "Patched.", sources: [{ url: "https://example.org/meeting" }] });
    expect(JSON.stringify(stored)).not.toMatch(/polluted|Injected/);
    expectUnpolluted(before);
  });
});

describe("CSV answers", () => {
  it("makes text of the skipped-row CSV that a spreadsheet would run as a formula inert", async () => {
    const formulas = ['=HYPERLINK("https://evil.example";"click")', "+1+1", "-2+3", "@SUM(A1:A2)", "=cmd|' /C calc'!A0"];
    const job = await importWhole(db, editor.viewer, "csv", templateFile(dyad, 1, formulas));
    expect(job.status).toBe("done");

    const response = await editor.send("GET", `/imports/${job.id}/skipped?format=csv`);
    expect(response.status).toBe(200);
    const lines = (await response.text()).split("\n").slice(1, -1);
    expect(lines).toHaveLength(formulas.length);
    lines.forEach((line, i) => {
      // The quoted row is the last cell: prefixed with ' (RFC 4180-quoted when it holds a comma or quote).
      const cell = `'${formulas[i]}`;
      expect(line.endsWith(/[",]/.test(cell) ? `,"${cell.replace(/"/g, '""')}"` : `,${cell}`), line).toBe(true);
      expect(line).not.toMatch(/(^|,)"?[=+\-@]/);
    });
  });
});
