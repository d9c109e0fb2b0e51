"use client";
// An admin approving a whole import at once, after being asked; never the person who uploaded it
// (four eyes). Each event gets its own review and audit entry, as if approved one by one.
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { apiProblem } from "~/lib/errors";
import { useTRPC } from "~/trpc/react";
import type { ImportJob } from "./import-job";

export function ApproveAll({ job, viewer, onApproved }: { job: ImportJob; viewer: { id: string; roles: string[] }; onApproved: () => void }) {
  const trpc = useTRPC();
  const [asking, setAsking] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const approve = useMutation(trpc.imports.approveAll.mutationOptions());
  if (job.drafts === 0 && !outcome) return null;
  if (!viewer.roles.includes("admin")) {
    return <p className="muted">{job.drafts.toLocaleString("en")} of its events are drafts: reviewers approve them one by one, or an admin all at once.</p>;
  }
  if (viewer.id === job.createdBy.id) {
    return <p className="muted">You uploaded this import, so another admin must approve it as a whole (four eyes).</p>;
  }

  async function run() {
    try {
      const result = await approve.mutateAsync({ id: job.id });
      setOutcome({ ok: true, text: `Approved ${result.approved.toLocaleString("en")} events; they enter the next release.` });
      setAsking(false);
      onApproved();
    } catch (error) {
      setOutcome({ ok: false, text: apiProblem(error).message });
    }
  }

  return (
    <section className="approve-all" aria-labelledby="approve-heading">
      <h2 id="approve-heading">Approve the whole import</h2>
      {outcome && (
        <p className={outcome.ok ? "success" : "alert"} role={outcome.ok ? "status" : "alert"}>
          {outcome.text}
        </p>
      )}
      {job.drafts > 0 &&
        (asking ? (
          <div className="key-confirm" role="group" aria-label="Confirm approving the whole import">
            <p>
              Approve all {job.drafts.toLocaleString("en")} drafts of {job.fileName} without reviewing them one by one? They
              enter the next release.
            </p>
            <div className="actions">
              <button type="button" className="button" disabled={approve.isPending} onClick={() => void run()}>
                {approve.isPending ? "Approving…" : `Approve ${job.drafts.toLocaleString("en")} events`}
              </button>
              <button type="button" className="button secondary" disabled={approve.isPending} onClick={() => setAsking(false)}>
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="button secondary" onClick={() => setAsking(true)}>
            Approve all {job.drafts.toLocaleString("en")} drafts…
          </button>
        ))}
    </section>
  );
}
