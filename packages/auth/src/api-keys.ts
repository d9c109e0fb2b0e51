// API keys for the REST API. A key acts as its owner: the owner's roles are read on every
// request, so a role granted or revoked applies to their keys at once. Only the key's SHA-256
// is stored (a key is 32 random bytes, so a slow password hash would add nothing); the key
// itself is returned once, by createApiKey.
import { createHash, randomBytes } from "node:crypto";
import { getDb, writeAudit, type AuditActor, type Db } from "@rti/db";
import { viewerOf, type Viewer } from "./session";

/** "rti_" and then URL-safe characters: what the Authorization header may carry. */
const KEY_SHAPE = /^rti_[A-Za-z0-9_-]{8,200}$/;
/** How much of a key is kept readable, to tell keys apart: "rti_" and 8 characters. */
const PREFIX_LENGTH = 12;
/** lastUsedAt is written at most once a minute per key, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

export interface ApiKeySummary {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

export const isApiKeyShaped = (key: string) => KEY_SHAPE.test(key);

/** What the database keeps of a key, and finds it by. */
export const hashApiKey = (key: string) => createHash("sha256").update(key).digest("hex");

/**
 * Makes a key for `owner`, audited in the same transaction. The key is random unless one is
 * given (the demo's keys, taken from its configuration).
 */
export async function createApiKey(db: Db, owner: AuditActor & { id: string }, name: string, opts: { key?: string } = {}) {
  const key = opts.key ?? `rti_${randomBytes(32).toString("base64url")}`;
  if (!isApiKeyShaped(key)) throw new Error(`An API key is "rti_" followed by 8 to 200 letters, digits, "-" or "_".`);
  const prefix = key.slice(0, PREFIX_LENGTH);
  return db.$transaction(async (tx) => {
    const row = await tx.apiKey.create({ data: { userId: owner.id, name, prefix, hash: hashApiKey(key) } });
    await writeAudit(tx, { actor: owner, action: "api_key.create", entityType: "api_key", entityId: row.id, after: { name, prefix } });
    return { id: row.id, key, prefix, name, createdAt: row.createdAt };
  });
}

/** Revokes one of the owner's keys; false when the owner has no such active key. */
export async function revokeApiKey(db: Db, owner: AuditActor & { id: string }, keyId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    // One conditional UPDATE, so two revocations at once record one entry, not two.
    const [key] = await tx.apiKey.updateManyAndReturn({ where: { id: keyId, userId: owner.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (!key) return false;
    await writeAudit(tx, { actor: owner, action: "api_key.revoke", entityType: "api_key", entityId: key.id, before: { name: key.name, prefix: key.prefix } });
    return true;
  });
}

/** The user's active keys, newest first. */
export async function listApiKeys(db: Db, userId: string): Promise<ApiKeySummary[]> {
  return db.apiKey.findMany({
    where: { userId, revokedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true },
  });
}

/** Who a presented key acts as, with their current roles; null for a malformed, unknown or revoked key. */
export async function viewerForApiKey(key: string, db: Db = getDb()): Promise<{ viewer: Viewer; keyId: string } | null> {
  if (!isApiKeyShaped(key)) return null;
  const row = await db.apiKey.findUnique({
    where: { hash: hashApiKey(key) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, name: true, email: true, roles: { select: { role: true } } } } },
  });
  if (!row || row.revokedAt) return null;
  const stale = new Date(Date.now() - LAST_USED_RESOLUTION_MS);
  if (!row.lastUsedAt || row.lastUsedAt < stale) {
    // Conditional, so servers using the key at the same moment write it once.
    await db.apiKey.updateMany({ where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: stale } }] }, data: { lastUsedAt: new Date() } });
  }
  return { viewer: viewerOf(row.user, row.user.roles), keyId: row.id };
}
