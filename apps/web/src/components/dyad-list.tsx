"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";

export function DyadList() {
  const trpc = useTRPC();
  const { data: dyads } = useSuspenseQuery(trpc.dyad.list.queryOptions());

  if (dyads.length === 0) {
    return (
      <div className="empty">
        <p>
          <strong>No dyads yet.</strong> Dyads appear here once editors record events between two actors in the
          studio.
        </p>
      </div>
    );
  }
  return (
    <ul className="card-grid" aria-label="Dyads">
      {dyads.map((d) => (
        <li key={d.slug} className="card">
          <h3>
            {d.actorA.name} – {d.actorB.name}
          </h3>
          <div className="codes">
            {d.slug} · {d.eventCount} reviewed {d.eventCount === 1 ? "event" : "events"}
          </div>
          {d.latestEvent ? (
            <p className="latest">
              <time dateTime={d.latestEvent.date}>{d.latestEvent.date}</time>
              {d.latestEvent.title}
            </p>
          ) : (
            <p className="latest muted">No approved events yet.</p>
          )}
        </li>
      ))}
    </ul>
  );
}
