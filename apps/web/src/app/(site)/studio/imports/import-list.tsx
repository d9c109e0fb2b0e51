"use client";
// The latest imports, newest first, with where each stands; a running one's counts refresh.
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { TableWrap } from "~/components/table-wrap";
import { splitTimestamp } from "~/lib/format";
import { useTRPC } from "~/trpc/react";

const STATUS: Record<string, string> = {
  previewing: "Waiting for you to check the preview",
  queued: "Waiting to start",
  running: "Running",
  done: "Done",
  failed: "Failed",
  cancelled: "Cancelled",
};

export function ImportList() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(
    trpc.imports.list.queryOptions({ limit: 50 }, { refetchInterval: (q) => (q.state.data?.items.some((j) => j.status === "running" || j.status === "queued") ? 2000 : false) }),
  );
  if (data.items.length === 0) return <p className="empty">No imports yet. Upload a file above to start one.</p>;
  return (
    <TableWrap label="Imports">
      <table className="data">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Where it stands</th>
            <th scope="col">Imported</th>
            <th scope="col">Skipped</th>
            <th scope="col">By</th>
            <th scope="col">Uploaded</th>
          </tr>
        </thead>
        <tbody>
          {data.items.map((j) => (
            <tr key={j.id}>
              <th scope="row">
                <Link href={`/studio/imports/${j.id}`}>{j.fileName}</Link>
              </th>
              <td>
                {STATUS[j.status]}
                {j.status === "running" ? ` (${Math.floor(j.progress.fraction * 100)}%)` : ""}
              </td>
              <td>{j.progress.rowsImported.toLocaleString("en")}</td>
              <td>{j.progress.rowsSkipped.toLocaleString("en")}</td>
              <td>{j.createdBy.name}</td>
              <td>
                <time dateTime={j.createdAt}>{splitTimestamp(j.createdAt).join(" ")}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
