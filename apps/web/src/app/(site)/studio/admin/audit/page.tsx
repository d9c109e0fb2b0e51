import type { Metadata } from "next";
import { requireViewer } from "~/lib/viewer";
import { HydrateClient, getQueryClient, trpc } from "~/trpc/server";
import { AuditTable } from "./audit-table";
import { auditPaging } from "./paging";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  await requireViewer("/studio/admin/audit", "admin");
  await getQueryClient().prefetchInfiniteQuery(trpc.admin.auditLog.infiniteQueryOptions({}, auditPaging));
  return (
    <HydrateClient>
      <h1>Audit log</h1>
      <p className="lede">
        Every change, sign-in and refused action, newest first, with who did it and what changed. Entries can never be
        edited or removed: the database refuses it.
      </p>
      <AuditTable />
    </HydrateClient>
  );
}
