"use client";
// One import, live: the preview to check before anything is written, then a progress bar fed by
// the job's counts (polled every second, so it survives a reload or a second tab), then what was
// imported and every row skipped, with why.
import type { RouterOutputs } from "@rti/api";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { apiProblem } from "~/lib/errors";
import { useTRPC } from "~/trpc/react";
import { ApproveAll } from "./approve-all";
import { ImportDyads } from "./import-dyads";
import { ImportPreview } from "./import-preview";
import { ImportProgress } from "./import-progress";
import { SkippedRows } from "./skipped-rows";

export type ImportJob = RouterOutputs["imports"]["get"];

const LIVE = new Set(["queued", "running"]);

export function ImportJobView({ id, viewer }: { id: string; viewer: { id: string; roles: string[] } }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: job } = useSuspenseQuery(
    trpc.imports.get.queryOptions({ id }, { refetchInterval: (query) => (query.state.data && LIVE.has(query.state.data.status) ? 1000 : false) }),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const refresh = (next: ImportJob) => {
    setProblem(null);
    queryClient.setQueryData(trpc.imports.get.queryKey({ id }), next);
    void queryClient.invalidateQueries({ queryKey: trpc.imports.list.queryKey() });
  };
  const onError = (error: unknown) => setProblem(apiProblem(error).message);
  const confirm = useMutation(trpc.imports.confirm.mutationOptions({ onSuccess: refresh, onError }));
  const cancel = useMutation(trpc.imports.cancel.mutationOptions({ onSuccess: refresh, onError }));
  const busy = confirm.isPending || cancel.isPending;

  return (
    <>
      {problem && (
        <p className="alert" role="alert">
          {problem}
        </p>
      )}
      {job.status === "previewing" && (
        <>
          <ImportPreview preview={job.preview} />
          <div className="actions">
            <button type="button" className="button" disabled={busy} onClick={() => confirm.mutate({ id })}>
              {confirm.isPending ? "Starting…" : "Import the whole file"}
            </button>
            <button type="button" className="button secondary" disabled={busy} onClick={() => cancel.mutate({ id })}>
              Cancel
            </button>
          </div>
        </>
      )}
      {LIVE.has(job.status) && (
        <>
          <ImportProgress job={job} />
          <button type="button" className="button secondary" disabled={busy} onClick={() => cancel.mutate({ id })}>
            {cancel.isPending ? "Cancelling…" : "Cancel the import"}
          </button>
          <p className="hint">Cancelling undoes everything this import wrote: it is saved all together when it ends.</p>
        </>
      )}
      {job.status === "done" && (
        <>
          <p className="success" role="status">
            Imported {job.progress.rowsImported.toLocaleString("en")} events as drafts; skipped {job.progress.rowsSkipped.toLocaleString("en")} rows
            {job.progress.rowsPerSecond ? ` (${Math.round(job.progress.rowsPerSecond).toLocaleString("en")} rows a second)` : ""}.
          </p>
          <ApproveAll job={job} viewer={viewer} onApproved={() => void queryClient.invalidateQueries({ queryKey: trpc.imports.get.queryKey({ id }) })} />
          <ImportDyads id={id} />
        </>
      )}
      {job.status === "failed" && (
        <p className="alert" role="alert">
          The import failed and nothing of it was saved: {job.error}
        </p>
      )}
      {job.status === "cancelled" && <p className="notice">This import was cancelled; nothing of it was saved.</p>}
      {/* Skipped rows are saved with the import, so there are none to list before it is done. */}
      {job.status === "done" && <SkippedRows job={job} />}
    </>
  );
}
