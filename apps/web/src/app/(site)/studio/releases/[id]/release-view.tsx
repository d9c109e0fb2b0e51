"use client";
// One release as the publisher checks it: what it is, what changed since the previous release,
// a before/after chart, and (for a draft) publishing or discarding it.
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { ChangelogSection } from "~/components/release/changelog-section";
import { dyadNamer } from "~/components/release/dyad-names";
import { releaseName } from "~/components/release/format";
import { useTRPC } from "~/trpc/react";
import { defaultChartDyad } from "./chart-dyad";
import { ReleaseActions } from "./release-actions";
import { ReleaseFacts } from "~/components/release/release-facts";
import { SeriesChart } from "./series-chart";
import type { Release } from "./types";

export function ReleaseView({ id }: { id: string }) {
  const trpc = useTRPC();
  const { data: release } = useSuspenseQuery(trpc.release.draft.queryOptions({ id }));
  const { data: actors } = useSuspenseQuery(trpc.reference.actors.queryOptions(undefined, { staleTime: Infinity }));
  const [published, setPublished] = useState<Release | null>(null);
  const nameOf = dyadNamer(actors);
  const isDraft = release.status === "draft";
  const { changelog } = release;
  const chartDyad = defaultChartDyad(changelog);

  return (
    <article className="release-view" aria-labelledby="release-title">
      <header className="release-head">
        <h1 id="release-title">{isDraft ? "Draft release" : `Release ${releaseName(release)}`}</h1>
        <span className={`release-status ${release.status}`}>{isDraft ? "Not published" : "Published"}</span>
      </header>
      <PublishedNotice release={published} />
      <ReleaseFacts release={release} internal />
      {isDraft ? <ReleaseActions release={release} onPublished={setPublished} /> : null}

      <ChangelogSection changelog={changelog} nameOf={nameOf} eventHref={(eventId) => `/studio/events/${eventId}`} />

      <section aria-labelledby="chart-title">
        <h2 id="chart-title">Before and after</h2>
        {chartDyad ? (
          <SeriesChart id={id} changelog={changelog} initial={chartDyad} currentLabel={isDraft ? "This draft" : "This release"} nameOf={nameOf} />
        ) : (
          <p className="muted">No dyad to chart: this release has no series.</p>
        )}
      </section>
    </article>
  );
}

/** Focused when it appears: the publish buttons it replaces are gone. */
function PublishedNotice({ release }: { release: Release | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (release) ref.current?.focus();
  }, [release]);
  return (
    <div role="status">
      {release ? (
        <div ref={ref} className="success" tabIndex={-1}>
          Published as {releaseName(release)}. It is now the public index.{" "}
          <Link href="/">See it on the home page</Link>.
        </div>
      ) : null}
    </div>
  );
}
