"use client";
import type { EventListItem, EventStatus } from "@rti/api";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { apiProblem } from "~/lib/errors";
import { formatTimestamp } from "~/lib/format";
import { useTRPC } from "~/trpc/react";

// Work that waits on the author comes first; work that waits on someone else comes last.
const GROUPS: { status: EventStatus; title: string; nextStep: string }[] = [
  {
    status: "changes_requested",
    title: "Changes requested",
    nextStep: "A reviewer sent these back. Open each one, read the review, revise it and submit it again.",
  },
  {
    status: "draft",
    title: "Drafts",
    nextStep: "Not submitted yet. Finish each one and submit it for review when its sources are in.",
  },
  {
    status: "in_review",
    title: "In review",
    nextStep: "Waiting for a reviewer's decision. Nothing to do unless it comes back with changes requested.",
  },
];

export function MyDrafts({ canCreate }: { canCreate: boolean }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.event.myDrafts.queryOptions());

  if (query.isPending) return <p className="muted" role="status">Loading your drafts…</p>;
  if (query.isLoadingError) {
    return (
      <div className="alert" role="alert">
        <p>Could not load your drafts: {apiProblem(query.error).message}</p>
        <button type="button" className="button secondary" onClick={() => void query.refetch()}>
          Try again
        </button>
      </div>
    );
  }

  const drafts = query.data;
  if (drafts.length === 0) {
    return (
      <div className="empty events-empty">
        <p>
          <strong>Nothing unfinished.</strong> Events you are writing, and events a reviewer sends back to you, will
          appear here.
        </p>
        {canCreate ? (
          <p className="actions">
            <Link className="button" href="/studio/events/new">
              Start an event
            </Link>
          </p>
        ) : null}
      </div>
    );
  }

  const groups = GROUPS.map((group) => ({ ...group, items: drafts.filter((d) => d.status === group.status) })).filter(
    (group) => group.items.length > 0,
  );
  return (
    <>
      {groups.length > 1 ? <p className="draft-summary">{groups.map((g) => `${g.title}: ${g.items.length}`).join(" · ")}</p> : null}
      {groups.map((group) => (
        <section
          key={group.status}
          aria-labelledby={`group-${group.status}`}
          className={`draft-group${group.status === "changes_requested" ? " needs-action" : ""}`}
        >
          <h2 id={`group-${group.status}`}>
            {group.title} <span className="muted">({group.items.length})</span>
          </h2>
          <p className="next-step">{group.nextStep}</p>
          <ul className="draft-list">
            {group.items.map((item) => (
              <DraftItem key={item.id} item={item} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function DraftItem({ item }: { item: EventListItem }) {
  return (
    <li className="card draft-item">
      <h3>
        <Link href={`/studio/events/${item.id}`}>{item.title}</Link>
      </h3>
      <p className="meta">
        {item.inForce ? <span>An approved version is in force</span> : null}
        <span>
          <time dateTime={item.date}>{item.date}</time>
        </span>
        <span className="code">{item.dyad}</span>
        <span>
          CAMEO <span className="code">{item.code}</span>
        </span>
        <span>Revision {item.headNumber}</span>
        <span>
          Updated <time dateTime={item.updatedAt}>{formatTimestamp(item.updatedAt)}</time>
        </span>
      </p>
    </li>
  );
}
