// The audit trail lives in @rti/db so that sign-in (in @rti/auth) records into it too.
export { writeAudit, type AuditActor, type AuditEntry } from "@rti/db";
