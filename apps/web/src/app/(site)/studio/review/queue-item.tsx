"use client";
// One event in review: what it is, who sent it when, what changed against the version in force,
// and the decision form.
import Link from "next/link";
import { useId } from "react";
import { headRevision } from "~/components/studio/event-form/form-values";
import { DecisionForm } from "~/components/studio/event-view/decision-form";
import { RevisionDiff } from "~/components/studio/revision-diff";
import { formatTimestamp } from "~/lib/format";
import { timeAgo } from "~/lib/time-ago";
import type { EventActionProps } from "~/components/studio/event-view/action-props";

export function QueueItem({
  event,
  viewerId,
  onDone,
  onReload,
}: EventActionProps & { viewerId: string }) {
  const titleId = useId();
  const head = headRevision(event);
  const approved = event.revisions.find((r) => r.number === event.approvedNumber) ?? null;
  const submittedAt = event.submittedAt ?? head.createdAt;

  return (
    <li className="card queue-item" aria-labelledby={titleId}>
      <h2 id={titleId}>
        <Link href={`/studio/events/${event.id}`}>{head.title}</Link>
      </h2>
      <p className="event-meta">
        <span>
          {event.dyad.actorA.name} – {event.dyad.actorB.name} <span className="code">({event.dyad.slug})</span>
        </span>
        <span>
          Revision {head.number} by {head.author.name}, submitted{" "}
          {/* Relative time depends on the clock, which differs between server and browser by a moment. */}
          <time dateTime={submittedAt} title={formatTimestamp(submittedAt)} suppressHydrationWarning>
            {timeAgo(submittedAt)}
          </time>
        </span>
      </p>
      <RevisionDiff
        left={approved}
        right={head}
        leftLabel={approved ? `Revision ${approved.number} (in force)` : "Nothing approved yet"}
        rightLabel={`Revision ${head.number} (in review)`}
        caption="What this revision changes"
      />
      <DecisionForm event={event} viewerId={viewerId} onDone={onDone} onReload={onReload} />
    </li>
  );
}
