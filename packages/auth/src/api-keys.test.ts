// API keys on the real database: made and shown once, stored hashed, acting with the owner's
// current roles, refused once revoked, audited.
import { getDb } from "@rti/db";
import { createTestUser } from "@rti/db/testing";
import { describe, expect, it } from "vitest";
import { createApiKey, listApiKeys, revokeApiKey, viewerForApiKey } from "./api-keys";

const db = getDb();

describe("making a key", () => {
  it("returns a random rti_ key once and stores only its hash and prefix", async () => {
    const owner = await createTestUser(db, { roles: ["editor"] });
    const a = await createApiKey(db, owner, "pipeline");
    const b = await createApiKey(db, owner, "pipeline");
    expect(a.key).toMatch(/^rti_[A-Za-z0-9_-]{43}$/);
    expect(b.key).not.toBe(a.key);
    expect(a.prefix).toBe(a.key.slice(0, 12));
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: a.id } });
    expect(JSON.stringify(row)).not.toContain(a.key.slice(12));
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("takes a given key (the demo's) and refuses one of the wrong shape", async () => {
    const owner = await createTestUser(db);
    const key = `rti_given-${crypto.randomUUID()}`;
    expect((await createApiKey(db, owner, "demo", { key })).key).toBe(key);
    expect((await viewerForApiKey(key))?.viewer.id).toBe(owner.id);
    await expect(createApiKey(db, owner, "demo", { key: "not a key" })).rejects.toThrow(/"rti_" followed by/);
  });
});

describe("a key acting as its owner", () => {
  it("carries the owner's roles as they are at each request", async () => {
    const owner = await createTestUser(db, { roles: ["editor", "reviewer"] });
    const { key, id } = await createApiKey(db, owner, "pipeline");
    expect(await viewerForApiKey(key)).toEqual({
      keyId: id,
      viewer: { id: owner.id, name: owner.name, email: owner.email, roles: ["editor", "reviewer"] },
    });
    await db.userRole.delete({ where: { userId_role: { userId: owner.id, role: "reviewer" } } });
    await db.userRole.create({ data: { userId: owner.id, role: "publisher" } });
    expect((await viewerForApiKey(key))?.viewer.roles).toEqual(["editor", "publisher"]);
  });

  it("records when it was last used", async () => {
    const owner = await createTestUser(db);
    const { key, id } = await createApiKey(db, owner, "pipeline");
    expect((await db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt).toBeNull();
    const before = Date.now();
    await viewerForApiKey(key);
    const lastUsedAt = (await db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    expect(lastUsedAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it("knows no unknown or malformed key", async () => {
    const owner = await createTestUser(db);
    const { key } = await createApiKey(db, owner, "pipeline");
    expect(await viewerForApiKey(`${key.slice(0, -1)}${key.endsWith("A") ? "B" : "A"}`)).toBeNull();
    expect(await viewerForApiKey("")).toBeNull();
    expect(await viewerForApiKey(`Bearer ${key}`)).toBeNull();
  });
});

describe("revoking and listing", () => {
  it("stops a revoked key at once; only its owner can revoke it, once", async () => {
    const [owner, other] = [await createTestUser(db), await createTestUser(db)];
    const { key, id } = await createApiKey(db, owner, "pipeline");
    expect(await revokeApiKey(db, other, id)).toBe(false);
    expect(await viewerForApiKey(key)).not.toBeNull();
    expect(await revokeApiKey(db, owner, id)).toBe(true);
    expect(await viewerForApiKey(key)).toBeNull();
    expect(await revokeApiKey(db, owner, id)).toBe(false);
  });

  it("lists the owner's active keys, newest first, without the keys themselves", async () => {
    const [owner, other] = [await createTestUser(db), await createTestUser(db)];
    const first = await createApiKey(db, owner, "first");
    // A minute older, so the order does not hang on two keys made in the same millisecond.
    await db.apiKey.update({ where: { id: first.id }, data: { createdAt: new Date(Date.now() - 60_000) } });
    const second = await createApiKey(db, owner, "second");
    const revoked = await createApiKey(db, owner, "revoked");
    await createApiKey(db, other, "someone else's");
    await revokeApiKey(db, owner, revoked.id);
    const listed = await listApiKeys(db, owner.id);
    expect(listed.map((k) => [k.id, k.name, k.prefix])).toEqual([
      [second.id, "second", second.prefix],
      [first.id, "first", first.prefix],
    ]);
    expect(JSON.stringify(listed)).not.toContain(first.key);
  });

  it("audits making and revoking, naming the key but never its secret", async () => {
    const owner = await createTestUser(db);
    const { key, id, prefix } = await createApiKey(db, owner, "audited");
    await revokeApiKey(db, owner, id);
    await revokeApiKey(db, owner, id);
    const entries = await db.auditLog.findMany({ where: { entityType: "api_key", entityId: id }, orderBy: { id: "asc" } });
    expect(entries.map((e) => [e.action, e.actorId, e.actorEmail])).toEqual([
      ["api_key.create", owner.id, owner.email],
      ["api_key.revoke", owner.id, owner.email],
    ]);
    expect(entries[0]?.after).toEqual({ name: "audited", prefix });
    expect(JSON.stringify(entries.map((e) => [e.before, e.after, e.meta]))).not.toContain(key.slice(12));
  });
});
