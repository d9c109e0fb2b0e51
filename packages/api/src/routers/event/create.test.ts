// Bad input never gives a 500 (product.md, Quality bars): each kind of bad event is refused with
// a 4xx that names the field, through the in-process caller and over HTTP, and nothing is
// written. Hostile text is stored as given; rendering it inertly is the UI's job.
import type { Viewer } from "@rti/auth";
import { getDb } from "@rti/db";
import { createTestDyad, createTestUser } from "@rti/db/testing";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { DomainError } from "../../errors";
import { appRouter } from "../../root";
import { fieldErrorsOf, type FieldErrors } from "../../schemas/field-errors";
import { postTrpc } from "../../testing";
import { createCallerFactory } from "../../trpc";

const db = getDb();
type Dyad = { actorA: string; actorB: string };

/** A valid event, as a client sends it (plain JSON, nothing pre-parsed). */
const validEvent = (dyad: Dyad) => ({
  source: dyad.actorA,
  target: dyad.actorB,
  date: "2024-01-15",
  code: "041",
  title: "A perfectly good title",
  sources: [{ url: "https://example.org/report", publisher: "Example Wire" }],
});
type EventInput = Record<string, unknown> & { source: string };

const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Each bad input, and the field(s) of the procedure's input the refusal must name (any one of them). */
const BAD_INPUTS: { name: string; change: (e: EventInput) => EventInput; fields: string[] }[] = [
  { name: "a date before 1900", change: (e) => ({ ...e, date: "1899-12-31" }), fields: ["event.date"] },
  { name: "a date two days from now", change: (e) => ({ ...e, date: dayFromToday(2) }), fields: ["event.date"] },
  { name: "an unknown CAMEO code", change: (e) => ({ ...e, code: "999" }), fields: ["event.code"] },
  { name: "an unknown actor", change: (e) => ({ ...e, source: "ZZZ" }), fields: ["event.source"] },
  { name: "the source as its own target", change: (e) => ({ ...e, target: e.source }), fields: ["event.source", "event.target"] },
  { name: "intensity 11", change: (e) => ({ ...e, intensity: 11 }), fields: ["event.intensity"] },
  { name: "intensity -10.5", change: (e) => ({ ...e, intensity: -10.5 }), fields: ["event.intensity"] },
  { name: "intensity with two decimals", change: (e) => ({ ...e, intensity: 1.25, intensityReason: "Precise." }), fields: ["event.intensity"] },
  { name: "intensity off the Goldstein value without a reason", change: (e) => ({ ...e, intensity: 5 }), fields: ["event.intensityReason"] },
  {
    name: "a javascript: source URL",
    change: (e) => ({ ...e, sources: [{ url: "javascript:alert(1)" }] }),
    fields: ["event.sources.0.url"],
  },
  { name: "an ftp: source URL", change: (e) => ({ ...e, sources: [{ url: "ftp://x" }] }), fields: ["event.sources.0.url"] },
  { name: "a 301-character title", change: (e) => ({ ...e, title: "t".repeat(301) }), fields: ["event.title"] },
  { name: "a lone surrogate in the title (no text; it would be stored as U+FFFD)", change: (e) => ({ ...e, title: "Lone \ud800 surrogate" }), fields: ["event.title"] },
  { name: "a lone surrogate in a source's quote", change: (e) => ({ ...e, sources: [{ url: "https://example.org/q", quote: "end \ud83d" }] }), fields: ["event.sources.0.quote"] },
  { name: "a 5000-character summary", change: (e) => ({ ...e, summary: "s".repeat(5000) }), fields: ["event.summary"] },
  { name: "no sources", change: (e) => ({ ...e, sources: [] }), fields: ["event.sources"] },
];

async function makeEditor(): Promise<Viewer> {
  const user = await createTestUser(db, { roles: ["editor"] });
  return { id: user.id, name: user.name, email: user.email, roles: ["editor"] };
}

const post = (viewer: Viewer, path: string, input: unknown) => postTrpc(db, viewer, path, input);

/** The field messages a caller in the same process gets, read as the HTTP error body reads them. */
function fieldErrorsOfCall(error: TRPCError): FieldErrors | undefined {
  if (error.cause instanceof ZodError) return fieldErrorsOf(error.cause);
  return error instanceof DomainError ? error.fieldErrors : undefined;
}

async function nothingWrittenBy(editor: Viewer) {
  expect(await db.event.count({ where: { createdById: editor.id } })).toBe(0);
  expect(await db.eventRevision.count({ where: { authorId: editor.id } })).toBe(0);
  expect(await db.auditLog.count({ where: { actorId: editor.id } })).toBe(0);
}

describe("event.create with bad input", () => {
  let editor: Viewer;
  let dyad: Dyad;
  beforeAll(async () => {
    editor = await makeEditor();
    dyad = await createTestDyad(db);
    // The cases assume these do not exist in the reference data.
    expect(await db.actor.findUnique({ where: { code: "ZZZ" } })).toBeNull();
    expect(await db.cameoCode.findUnique({ where: { code: "999" } })).toBeNull();
  });

  it.each(BAD_INPUTS)("refuses $name through the caller, naming the field", async ({ change, fields }) => {
    const error = await createCallerFactory(appRouter)({ db, viewer: editor })
      .event.create({ event: change(validEvent(dyad)) as never })
      .then(() => null, (e: unknown) => e);

    expect(error).toBeInstanceOf(TRPCError);
    expect(["BAD_REQUEST", "UNPROCESSABLE_CONTENT"]).toContain((error as TRPCError).code);
    const keys = Object.keys(fieldErrorsOfCall(error as TRPCError) ?? {});
    expect(keys.filter((k) => fields.includes(k)), `fieldErrors keys: ${keys.join(", ")}`).not.toEqual([]);
    await nothingWrittenBy(editor);
  });

  it.each(BAD_INPUTS)("refuses $name over HTTP with a 4xx naming the field", async ({ change, fields }) => {
    const { status, error: maybe } = await post(editor, "event.create", { event: change(validEvent(dyad)) });

    expect([400, 422]).toContain(status);
    expect(maybe).toBeDefined();
    const error = maybe!;
    expect(error.data.httpStatus).toBe(status);
    const keys = Object.keys(error.data.fieldErrors ?? {});
    expect(keys.filter((k) => fields.includes(k)), `fieldErrors keys: ${keys.join(", ")}`).not.toEqual([]);
    for (const key of keys) expect(error.data.fieldErrors?.[key]?.join(" ")).toMatch(/\w/);
    await nothingWrittenBy(editor);
  });

  it("names fields the same way whether the schema or the reference data refused them", async () => {
    const caller = createCallerFactory(appRouter)({ db, viewer: editor });
    const keysOf = async (event: EventInput) =>
      Object.keys(
        fieldErrorsOfCall((await caller.event.create({ event: event as never }).then(() => null, (e: unknown) => e)) as TRPCError) ?? {},
      );
    const schemaKeys = await keysOf({ ...validEvent(dyad), title: "" });
    const referenceKeys = await keysOf({ ...validEvent(dyad), code: "999" });
    expect(schemaKeys).toEqual(["event.title"]);
    expect(referenceKeys).toEqual(["event.code"]);
  });

  it("still accepts the valid event the cases start from (so each refusal is the bad field's)", async () => {
    const other = await makeEditor();
    const { status } = await post(other, "event.create", { event: validEvent(dyad) });
    expect(status).toBe(200);
    expect(await db.event.count({ where: { createdById: other.id } })).toBe(1);
  });
});

describe("hostile text", () => {
  const title = "<img src=x onerror=alert(1)>";

  it("is stored and returned verbatim through the caller", async () => {
    const editor = await makeEditor();
    const dyad = await createTestDyad(db);
    const caller = createCallerFactory(appRouter)({ db, viewer: editor });
    const created = await caller.event.create({ event: { ...validEvent(dyad), title, summary: `${title} & "quotes" 'too'` } });

    expect(created.revisions[0]).toMatchObject({ title, summary: `${title} & "quotes" 'too'` });
    expect((await caller.event.get({ id: created.id })).revisions[0]?.title).toBe(title);
    expect((await db.event.findUniqueOrThrow({ where: { id: created.id } })).title).toBe(title);
  });

  it("is stored and returned verbatim over HTTP", async () => {
    const editor = await makeEditor();
    const dyad = await createTestDyad(db);
    const { status, data } = await post(editor, "event.create", { event: { ...validEvent(dyad), title } });

    expect(status).toBe(200);
    const created = data as { id: string; revisions: { title: string }[] };
    expect(created.revisions[0]?.title).toBe(title);
    expect((await db.eventRevision.findFirstOrThrow({ where: { eventId: created.id } })).title).toBe(title);
  });
});
