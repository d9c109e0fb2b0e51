"use client";
import type { RouterOutputs } from "@rti/api";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { releaseName } from "~/components/release/format";
import { splitTimestamp } from "~/lib/format";
import { useTRPC } from "~/trpc/react";

// Drafts come whole, published releases as summaries: the table shows what both have.
type Release = Omit<RouterOutputs["release"]["draft"], "changelog">;

export function DraftReleases() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.release.drafts.queryOptions());
  if (data.length === 0) return <p className="empty">No drafts waiting. Make one above to see what a release would change.</p>;
  return <ReleaseTable releases={data} caption="Unpublished drafts, newest first" />;
}

export function PublishedReleases() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.release.list.queryOptions());
  if (data.length === 0) return <p className="empty">Nothing has been published yet: the public dashboard waits for the first release.</p>;
  return <ReleaseTable releases={data} caption="Published releases, newest first" />;
}

function ReleaseTable({ releases, caption }: { releases: Release[]; caption: string }) {
  return (
    <div className="table-wrap">
      <table className="data release-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Release</th>
            <th scope="col">As of</th>
            <th scope="col">{releases[0]?.status === "published" ? "Published" : "Drafted"}</th>
            <th scope="col">Methodology</th>
            <th scope="col" className="num">
              Events
            </th>
            <th scope="col" className="num">
              Dyads
            </th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {releases.map((r) => {
            const [day, time] = splitTimestamp(r.publishedAt ?? r.createdAt);
            return (
              <tr key={r.id}>
                <th scope="row">
                  <Link href={`/studio/releases/${r.id}`}>{r.number === null ? `Draft as of ${r.asOf}` : releaseName(r)}</Link>
                </th>
                <td className="num">{r.asOf}</td>
                <td>
                  <time dateTime={r.publishedAt ?? r.createdAt}>{day}</time>
                  <span className="when">
                    {time} by {r.publishedBy ?? r.createdBy}
                  </span>
                </td>
                <td>{r.methodology.name}</td>
                <td className="num">{r.eventCount}</td>
                <td className="num">{r.dyadCount}</td>
                <td className="notes">{r.notes}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
