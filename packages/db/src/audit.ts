// The audit trail: written inside the same transaction as the change it records, so a change
// never lands without its entry (nor an entry without its change).
import type { Prisma } from "./generated/prisma/client";

export interface AuditActor {
  /** null for someone not (yet) known, e.g. a failed sign-in, where only the email typed is. */
  id: string | null;
  email: string;
}

export interface AuditEntry {
  actor: AuditActor | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  meta?: Record<string, unknown>;
}

type AuditWriter = { auditLog: { create(args: { data: Prisma.AuditLogCreateInput }): Promise<unknown> } };

/** JSON-safe copy: Dates become ISO strings, Decimals numbers, undefined disappears. */
function json(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_k, v: unknown) =>
      typeof v === "bigint" ? v.toString() : v && typeof v === "object" && "toNumber" in v ? (v as { toNumber(): number }).toNumber() : v,
    ),
  ) as Prisma.InputJsonValue;
}

function row(entry: AuditEntry) {
  return {
    actorId: entry.actor?.id ?? null,
    actorEmail: entry.actor?.email ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    before: json(entry.before),
    after: json(entry.after),
    meta: json(entry.meta),
  };
}

export async function writeAudit(db: AuditWriter, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({ data: row(entry) });
}

/** The same entry through a plain pg connection, for work done outside Prisma (bulk writes). */
export async function writeAuditSql(client: { query(sql: string, values: unknown[]): Promise<unknown> }, entry: AuditEntry): Promise<void> {
  const r = row(entry);
  await client.query(
    `INSERT INTO "audit_log" ("actorId", "actorEmail", "action", "entityType", "entityId", "before", "after", "meta") VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [r.actorId, r.actorEmail, r.action, r.entityType, r.entityId, r.before === undefined ? null : JSON.stringify(r.before), r.after === undefined ? null : JSON.stringify(r.after), r.meta === undefined ? null : JSON.stringify(r.meta)],
  );
}
