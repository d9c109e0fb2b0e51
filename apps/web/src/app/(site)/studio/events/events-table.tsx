"use client";
import type { EventListItem } from "@rti/api";
import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { StatusBadge } from "~/components/studio/status-badge";
import { apiProblem } from "~/lib/errors";
import { splitTimestamp } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import { nextPage, PAGE_SIZE, type EventsQueryInput } from "./event-filters";

interface Props {
  input: EventsQueryInput;
  filtered: boolean;
  viewerId: string;
  canCreate: boolean;
  /** New filters are on their way: the rows shown are the old ones. */
  updating: boolean;
}

/**
 * "Load more" on the API's keyset cursor: each page costs the same however many events there
 * are, and the rows already read stay on screen.
 */
export function EventsTable({ input, filtered, viewerId, canCreate, updating }: Props) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(trpc.event.list.infiniteQueryOptions(input, { getNextPageParam: nextPage }));

  if (query.isPending) return <p className="muted" role="status">Loading events…</p>;
  if (query.isLoadingError) {
    return (
      <div className="alert" role="alert">
        <p>Could not load the events: {apiProblem(query.error).message}</p>
        <button type="button" className="button secondary" onClick={() => void query.refetch()}>
          Try again
        </button>
      </div>
    );
  }

  const events = query.data.pages.flatMap((page) => page.items);
  if (events.length === 0) return <NoEvents filtered={filtered} canCreate={canCreate} />;

  const count = `${events.length} ${events.length === 1 ? "event" : "events"}`;
  return (
    <div className="events-results" aria-busy={updating}>
      <p role="status" className="events-count">
        {query.hasNextPage
          ? `Showing the newest ${count}${filtered ? " that match" : ""}; there are more.`
          : `Showing all ${count}${filtered ? " that match" : ""}.`}
      </p>
      <div className="table-wrap">
        <table className="data events-table">
          <caption className="visually-hidden">Events, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Title</th>
              <th scope="col">Dyad</th>
              <th scope="col">CAMEO</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span aria-hidden="true">Rev.</span>
                <span className="visually-hidden">Revision</span>
              </th>
              <th scope="col">Author</th>
              <th scope="col">Updated</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <EventRow key={event.id} event={event} viewerId={viewerId} />
            ))}
          </tbody>
        </table>
      </div>
      {query.error ? (
        <p className="alert" role="alert">
          Could not load {query.isFetchNextPageError ? "more events" : "the latest events"}: {apiProblem(query.error).message}
        </p>
      ) : null}
      {query.hasNextPage ? (
        <p className="events-more">
          <button type="button" className="button secondary" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
            {query.isFetchingNextPage ? "Loading more…" : `Load ${PAGE_SIZE} more`}
          </button>
        </p>
      ) : null}
    </div>
  );
}

/** On narrow screens each row becomes a card; `data-label` names its cells there (see events.css), except the self-explaining status. */
function EventRow({ event, viewerId }: { event: EventListItem; viewerId: string }) {
  const [day, time] = splitTimestamp(event.updatedAt);
  return (
    <tr>
      <td data-label="Date" className="num">
        <time dateTime={event.date}>{event.date}</time>
      </td>
      <th scope="row" className="events-title">
        <Link href={`/studio/events/${event.id}`}>{event.title}</Link>
      </th>
      <td data-label="Dyad" className="code">
        {event.dyad}
      </td>
      <td data-label="CAMEO" className="code">
        {event.code}
      </td>
      <td>
        <StatusBadge status={event.status} inForce={event.inForce} />
      </td>
      <td data-label="Rev." className="num">
        {event.headNumber}
      </td>
      <td data-label="Author">{event.headAuthor.id === viewerId ? "You" : event.headAuthor.name}</td>
      <td data-label="Updated" className="num">
        <time dateTime={event.updatedAt}>
          {day} <span className="time">{time}</span>
        </time>
      </td>
    </tr>
  );
}

function NoEvents({ filtered, canCreate }: { filtered: boolean; canCreate: boolean }) {
  return (
    <div className="empty events-empty">
      {filtered ? (
        <p>
          <strong>No events match these filters.</strong> Try a wider date range or fewer filters.
        </p>
      ) : (
        <p>
          <strong>No events yet.</strong> Events appear here as soon as an editor starts one.
        </p>
      )}
      <p className="actions">
        {filtered ? <Link href="/studio/events">Clear all filters</Link> : null}
        {canCreate ? (
          <Link className="button" href="/studio/events/new">
            {filtered ? "Create an event" : "Record the first event"}
          </Link>
        ) : null}
      </p>
    </div>
  );
}
