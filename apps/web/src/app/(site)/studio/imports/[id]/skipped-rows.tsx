"use client";
// Every row the import skipped, with why: counted by reason, listed a page at a time, and
// downloadable whole as CSV for fixing the file.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { TableWrap } from "~/components/table-wrap";
import { apiProblem } from "~/lib/errors";
import { useTRPC } from "~/trpc/react";
import type { ImportJob } from "./import-job";

const PAGE = 100;

export function SkippedRows({ job }: { job: ImportJob }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const first = useQuery(trpc.imports.skipped.queryOptions({ id: job.id, limit: PAGE }, { enabled: job.progress.rowsSkipped > 0 }));
  // Pages after the first, appended as the person asks for them.
  const [more, setMore] = useState<{ items: NonNullable<typeof first.data>["items"]; next: number | null; loading: boolean } | null>(null);
  const rows = [...(first.data?.items ?? []), ...(more?.items ?? [])];
  const next = more ? more.next : (first.data?.nextCursor ?? null);

  const [failure, setFailure] = useState<string | null>(null);

  async function loadMore() {
    if (next === null) return;
    setFailure(null);
    setMore((m) => ({ items: m?.items ?? [], next, loading: true }));
    try {
      const page = await queryClient.fetchQuery(trpc.imports.skipped.queryOptions({ id: job.id, limit: PAGE, after: next }));
      setMore((m) => ({ items: [...(m?.items ?? []), ...page.items], next: page.nextCursor, loading: false }));
    } catch (error) {
      setMore((m) => ({ items: m?.items ?? [], next, loading: false }));
      setFailure(apiProblem(error).message);
    }
  }

  if (job.progress.rowsSkipped === 0) return <p className="muted">No row was skipped.</p>;
  return (
    <section aria-labelledby="skipped-heading">
      <h2 id="skipped-heading">Skipped rows ({job.progress.rowsSkipped.toLocaleString("en")})</h2>
      {job.skippedByKind.length > 0 && (
        <ul className="skip-kinds">
          {job.skippedByKind.map((k) => (
            <li key={k.kind}>
              {k.label}: <strong>{k.count.toLocaleString("en")}</strong>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a className="button secondary" href={`/studio/imports/${job.id}/skipped.csv`} download>
          Download every skipped row (CSV)
        </a>
      </p>
      {(failure ?? first.error) && (
        <p className="alert" role="alert">
          Could not load the skipped rows: {failure ?? apiProblem(first.error).message}
        </p>
      )}
      {first.isPending ? (
        <p className="muted" role="status">
          Loading the skipped rows…
        </p>
      ) : (
        <TableWrap label="Skipped rows and why">
          <table className="data skipped-rows">
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Why</th>
                <th scope="col">The row</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.line}>
                  <th scope="row">{r.line}</th>
                  <td>{r.reason}</td>
                  <td>
                    <code className="excerpt">{r.excerpt}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {next !== null && (
        <button type="button" className="button secondary" disabled={more?.loading} onClick={() => void loadMore()}>
          {more?.loading ? "Loading…" : `Show ${PAGE} more`}
        </button>
      )}
    </section>
  );
}
