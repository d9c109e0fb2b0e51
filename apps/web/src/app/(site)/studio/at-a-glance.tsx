import type { Viewer } from "@rti/auth";
import { LIST_CAPS } from "@rti/api/schemas";
import Link from "next/link";
import type { ReactNode } from "react";
import { getQueryClient, trpc } from "~/trpc/server";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

// A list as long as the API's cap reads "200+", not "200".
const DRAFTS_LIMIT = LIST_CAPS.myDrafts;
const QUEUE_LIMIT = LIST_CAPS.reviewQueue;
const counted = (n: number, listed: number, limit: number) => (listed >= limit ? `${n}+` : String(n));

/** The overview's cards: what waits on the viewer, and the way to everything else. */
export async function AtAGlance({ viewer }: { viewer: Viewer }) {
  const queryClient = getQueryClient();
  const isReviewer = viewer.roles.includes("reviewer");
  // A count that fails to load should not take the whole overview down with it.
  const [drafts, queue] = await Promise.all([
    queryClient.fetchQuery(trpc.event.myDrafts.queryOptions()).catch(() => null),
    isReviewer ? queryClient.fetchQuery(trpc.event.reviewQueue.queryOptions()).catch(() => null) : null,
  ]);
  const sentBack = drafts?.filter((d) => d.status === "changes_requested").length ?? 0;
  // Four eyes: the viewer cannot decide on revisions they wrote themselves.
  const decidable = queue?.filter((e) => e.revisions.at(-1)?.author.id !== viewer.id).length ?? 0;
  const ownInQueue = queue ? queue.length - decidable : 0;

  return (
    <section aria-labelledby="glance">
      <h2 id="glance" className="visually-hidden">
        At a glance
      </h2>
      <ul className="card-grid glance">
        <Card title="My drafts" href="/studio/drafts" count={drafts ? counted(drafts.length, drafts.length, DRAFTS_LIMIT) : undefined}>
          <p>unfinished {drafts?.length === 1 ? "event" : "events"} of yours</p>
          {sentBack > 0 ? <p className="attention">{plural(sentBack, "was", "were")} sent back for changes</p> : null}
        </Card>
        {isReviewer ? (
          <Card title="Review queue" href="/studio/review" count={queue ? counted(decidable, queue.length, QUEUE_LIMIT) : undefined}>
            <p>{decidable === 1 ? "event waits" : "events wait"} for your decision</p>
            {ownInQueue > 0 ? (
              <p className="muted">Plus {ownInQueue} of yours, which another reviewer must decide on.</p>
            ) : null}
          </Card>
        ) : null}
        <li className="card">
          <h3>
            <Link href="/studio/events">All events</Link>
          </h3>
          <p>Browse, filter and search every event in the studio.</p>
          {viewer.roles.includes("editor") ? (
            <p>
              <Link href="/studio/events/new">Record a new event</Link>
            </p>
          ) : null}
        </li>
      </ul>
    </section>
  );
}

/** `count` undefined: it could not be loaded. */
function Card({ title, href, count, children }: { title: string; href: string; count: string | undefined; children: ReactNode }) {
  return (
    <li className="card">
      <h3>
        <Link href={href}>{title}</Link>
      </h3>
      {count === undefined ? (
        <p className="muted">Could not count these just now; open the page to see them.</p>
      ) : (
        <>
          <p className="count">{count}</p>
          {children}
        </>
      )}
    </li>
  );
}
