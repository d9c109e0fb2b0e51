"use client";
// The event page: the latest revision's facts and sources, what the viewer may do with it, its
// history with a diff of any two revisions, and the discussion.
import type { EventDetail } from "@rti/api";
import type { RoleName } from "@rti/auth/roles";
import { useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { headRevision } from "~/components/studio/event-form/form-values";
import { StatusBadge } from "~/components/studio/status-badge";
import { formatTimestamp } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import { ActionStatus } from "./action-feedback";
import { CommentThread } from "./comment-thread";
import { DecisionForm } from "./decision-form";
import { EventActions } from "./event-actions";
import { RevisionCompare } from "./revision-compare";
import { RevisionFacts } from "./revision-facts";
import { RevisionHistory } from "./revision-history";
import { SourceList } from "./source-list";
import { useApplyEvent } from "./use-apply-event";

export interface EventViewer {
  id: string;
  roles: RoleName[];
}

export function EventView({ id, viewer }: { id: string; viewer: EventViewer }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const apply = useApplyEvent();
  const { data: event } = useSuspenseQuery(trpc.event.get.queryOptions({ id }));
  const [notice, setNotice] = useState<string | null>(null);
  const head = headRevision(event);

  const reload = () => {
    setNotice(null);
    void queryClient.invalidateQueries({ queryKey: trpc.event.get.queryKey({ id }) });
  };
  const done = (detail: EventDetail, message: string) => {
    apply(detail);
    setNotice(message);
  };
  const retracted = event.status === "retracted";
  const pending = !retracted && event.approvedNumber !== null && event.headNumber > event.approvedNumber;

  return (
    <article className="event-view" aria-labelledby="event-title">
      <header className="event-header">
        <h1 id="event-title">{head.title}</h1>
        <p className="event-meta">
          <StatusBadge status={event.status} inForce={event.approvedNumber !== null && !retracted} />
          <span>
            {event.dyad.actorA.name} – {event.dyad.actorB.name} <span className="code">({event.dyad.slug})</span>
          </span>
          <span>Revision {event.headNumber}</span>
        </p>
        {pending ? (
          <p className="notice pending-note">
            Revision {event.approvedNumber} is approved and in force; revision {event.headNumber} is pending.
          </p>
        ) : null}
      </header>

      {retracted ? (
        <section className="retraction" aria-labelledby="retraction-title">
          <h2 id="retraction-title">Retracted</h2>
          <p>
            This event was withdrawn
            {event.retractedAt ? (
              <>
                {" "}
                on <time dateTime={event.retractedAt}>{formatTimestamp(event.retractedAt)}</time>
              </>
            ) : null}{" "}
            and no longer counts in the index.
          </p>
          <p className="retraction-reason">
            <strong>Reason:</strong> {event.retractionReason}
          </p>
        </section>
      ) : null}

      <ActionStatus message={notice} takeFocus />
      <EventActions event={event} roles={viewer.roles} onDone={done} onReload={reload} />

      <section aria-labelledby="facts-title">
        <h2 id="facts-title">
          Revision {head.number}
          {pending ? " (pending)" : null}
        </h2>
        <RevisionFacts revision={head} />
        <h3>Sources</h3>
        <SourceList sources={head.sources} />
      </section>

      {viewer.roles.includes("reviewer") && event.status === "in_review" ? (
        <section aria-labelledby="decision-title">
          <h2 id="decision-title">Your decision on revision {event.headNumber}</h2>
          <DecisionForm event={event} viewerId={viewer.id} onDone={done} onReload={reload} />
        </section>
      ) : null}

      <section aria-labelledby="history-title">
        <h2 id="history-title">Revision history</h2>
        <RevisionCompare event={event} />
        <RevisionHistory event={event} />
      </section>

      <section aria-labelledby="comments-title">
        <h2 id="comments-title">Comments</h2>
        <CommentThread event={event} />
      </section>
    </article>
  );
}
