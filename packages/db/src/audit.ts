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

export async function writeAudit(db: AuditWriter, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: json(entry.before),
      after: json(entry.after),
      meta: json(entry.meta),
    },
  });
}
