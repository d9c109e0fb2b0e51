// Every revision of the event, newest first, with who wrote it and what reviewers decided.
import type { EventDetail } from "@rti/api";
import { formatTimestamp } from "~/lib/format";

const DECISIONS = { approve: "Approved", request_changes: "Changes requested", reject: "Rejected" } as const;

export function RevisionHistory({ event }: { event: EventDetail }) {
  const newestFirst = [...event.revisions].reverse();
  return (
    <ol className="revision-list" reversed>
      {newestFirst.map((r) => (
        <li key={r.id}>
          <p className="revision-head">
            <strong>Revision {r.number}</strong>
            {r.number === event.headNumber ? <span className="tag">latest</span> : null}
            {r.number === event.approvedNumber ? (
              <span className="tag">{event.status === "retracted" ? "was approved" : "approved, in force"}</span>
            ) : null}
          </p>
          <p className="revision-meta">
            by {r.author.name} · <time dateTime={r.createdAt}>{formatTimestamp(r.createdAt)}</time>
          </p>
          <p className="revision-note">{r.changeNote ?? <span className="muted">No change note.</span>}</p>
          {r.reviews.length > 0 ? (
            <ul className="review-list" aria-label={`Reviews of revision ${r.number}`}>
              {r.reviews.map((v) => (
                <li key={v.id}>
                  <span className={`decision decision-${v.decision}`}>{DECISIONS[v.decision]}</span> by {v.reviewer.name} ·{" "}
                  <time dateTime={v.createdAt}>{formatTimestamp(v.createdAt)}</time>
                  <p className="review-comment">{v.comment}</p>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
