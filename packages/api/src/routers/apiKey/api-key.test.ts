// apiKey.list, create and revoke: each signed-in person manages their own keys only; the key is
// in create's answer and nowhere else; bad input is a 4xx naming the problem.
import { viewerForApiKey } from "@rti/auth";
import { getDb } from "@rti/db";
import { describe, expect, it } from "vitest";
import { appRouter } from "../../root";
import { postTrpc } from "../../testing";
import { testViewer } from "../../testing/releases";
import { createCallerFactory } from "../../trpc";

const db = getDb();
const callerFor = async () => {
  const viewer = await testViewer(db, ["editor"]);
  return { viewer, api: createCallerFactory(appRouter)({ db, viewer }) };
};

describe("apiKey", () => {
  it("makes a key that works, then lists it without the key itself", async () => {
    const { viewer, api } = await callerFor();
    const made = await api.apiKey.create({ name: "  Nightly import  " });
    expect(made).toMatchObject({ name: "Nightly import", prefix: made.key.slice(0, 12), lastUsedAt: null });
    expect((await viewerForApiKey(made.key))?.viewer).toEqual(viewer);
    const listed = await api.apiKey.list();
    expect(listed).toEqual([{ id: made.id, name: "Nightly import", prefix: made.prefix, createdAt: made.createdAt, lastUsedAt: expect.any(String) }]);
    expect(JSON.stringify(listed)).not.toContain(made.key);
  });

  it("shows and revokes only the caller's own keys", async () => {
    const [owner, other] = [await callerFor(), await callerFor()];
    const made = await owner.api.apiKey.create({ name: "mine" });
    expect(await other.api.apiKey.list()).toEqual([]);
    await expect(other.api.apiKey.revoke({ id: made.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await viewerForApiKey(made.key)).not.toBeNull();

    expect(await owner.api.apiKey.revoke({ id: made.id })).toEqual({ id: made.id });
    expect(await viewerForApiKey(made.key)).toBeNull();
    expect(await owner.api.apiKey.list()).toEqual([]);
    await expect(owner.api.apiKey.revoke({ id: made.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers bad input with a 400 naming the field", async () => {
    const { viewer } = await callerFor();
    const unnamed = await postTrpc(db, viewer, "apiKey.create", { name: "   " });
    expect(unnamed.status).toBe(400);
    expect(unnamed.error?.data.fieldErrors?.name).toEqual(["Give the key a name, e.g. the pipeline that will use it."]);
    const badId = await postTrpc(db, viewer, "apiKey.revoke", { id: "42" });
    expect(badId.status).toBe(400);
    expect(badId.error?.data.fieldErrors?.id).toEqual(["Not a valid key id."]);
  });
});
