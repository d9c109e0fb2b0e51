import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ChartDownloads } from "~/components/dyad/chart-downloads";
import { DyadBreakdown } from "~/components/dyad/dyad-breakdown";
import { DyadDataTable } from "~/components/dyad/dyad-data-table";
import { eventsOnChart } from "~/components/dyad/chart-events";
import { DyadEvents } from "~/components/dyad/dyad-events";
import { CHART_ID, DyadFigure } from "~/components/dyad/dyad-figure";
import { EmbedCode } from "~/components/dyad/embed-code";
import { OverlayPicker } from "~/components/dyad/overlay-picker";
import { RangeLinks } from "~/components/dyad/range-links";
import { ReleasePicker } from "~/components/dyad/release-picker";
import { dyadHref, parseDyadAddress, type DyadView } from "~/components/dyad/view";
import { WhatMovedIt } from "~/components/dyad/what-moved-it";
import { ZoomForm } from "~/components/dyad/zoom-form";
import { BandChip } from "~/components/release/band-chip";
import { Change } from "~/components/release/change";
import { dyadName, formatValue } from "~/components/release/format";
import { releasesUpTo } from "~/lib/published";
import { loadDyadView } from "~/lib/load-dyad";
import { requestOrigin } from "~/lib/origin";
import "~/components/release/release.css";
import "~/components/dyad/dyad.css";

// Rendered per request from release data cached for good (lib/published.ts): the address
// carries the whole view, and only "which release is the latest" is asked anew.
export const dynamic = "force-dynamic";

type Props = PageProps<"/dyads/[slug]">;

async function load({ params, searchParams }: Props) {
  const query = await searchParams;
  const asked = parseDyadAddress((await params).slug, { get: (name) => query[name] });
  if (!asked.slug) return null;
  return { slug: asked.slug, view: asked.view, data: await loadDyadView(asked.slug, asked.view) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const loaded = await load(props);
  return { title: loaded?.data ? dyadName(loaded.data.dyad) : "Dyad not found" };
}

export default async function DyadPage(props: Props) {
  const loaded = await load(props);
  if (!loaded) notFound();
  const { slug, view } = loaded;
  if (slug !== (await props.params).slug) redirect(dyadHref(slug, view));
  if (!loaded.data) notFound();
  const data = loaded.data;
  const { release, dyad, points, events, series } = data;
  const releases = await releasesUpTo(data.ref);
  const name = dyadName(dyad);
  const names = { [dyad.actorA.code]: dyad.actorA.name, [dyad.actorB.code]: dyad.actorB.name };
  const zoomed = Boolean(view.from || view.to);
  const action = `/dyads/${slug}`;
  const bounds = { min: series[0]!.date, max: release.asOf };
  // Links name the release, so what a reader shares keeps showing what they saw.
  const pinned: DyadView = { ...view, release: String(release.number) };
  const site = await requestOrigin();
  const filename = `rti-${slug}-R${release.number}${points.length ? `-${points[0]!.date}-to-${points.at(-1)!.date}` : ""}`;

  return (
    <article className="dyad-page" aria-labelledby="dyad-title">
      <p className="muted">
        <Link href="/">All dyads</Link>
      </p>
      <h1 id="dyad-title">{name}</h1>
      <div className="dyad-now">
        <p className="dyad-value">
          <span className="visually-hidden">Index on {release.asOf}: </span>
          {formatValue(dyad.value)} <BandChip band={dyad.band} />
        </p>
        <p className="dyad-changes">
          <Change delta={dyad.change7} /> <span className="muted">in 7 days</span> · <Change delta={dyad.change30} />{" "}
          <span className="muted">in 30 days</span>
        </p>
        <p className="muted">
          Release R{release.number} · data as of {release.asOf}
        </p>
      </div>
      <ReleasePicker action={action} releases={releases.map((r) => ({ number: r.number!, asOf: r.asOf }))} current={release.number!} view={view} />

      <section aria-labelledby="chart-title" className="dyad-chart-section">
        <h2 id="chart-title">Index over time</h2>
        <div className="chart-controls">
          <RangeLinks current={zoomed ? null : view.range} href={(range) => dyadHref(slug, { ...view, range, from: undefined, to: undefined, day: undefined })} />
          <ZoomForm action={action} view={view} shown={{ from: points[0]?.date ?? bounds.min, to: points.at(-1)?.date ?? bounds.max }} bounds={bounds} />
        </div>
        {zoomed ? (
          <p className="zoomed" role="status">
            Showing {points[0]?.date ?? view.from} to {points.at(-1)?.date ?? view.to}.{" "}
            <Link href={dyadHref(slug, { ...view, from: undefined, to: undefined, day: undefined })} scroll={false}>
              Show the whole series
            </Link>
          </p>
        ) : null}
        <OverlayPicker slug={slug} name={name} view={view} overlays={data.overlays} choices={data.ranked.map((d) => ({ slug: d.slug, name: dyadName(d) }))} />
        {points.length === 0 ? (
          <p className="empty">
            Release R{release.number} has no values for {name} between {view.from ?? bounds.min} and {view.to ?? bounds.max}: its series runs from{" "}
            {bounds.min} to {bounds.max}.
          </p>
        ) : (
          <>
            <DyadFigure data={data} view={view} names={names} />
            <DyadDataTable points={points} />
            <p className="dyad-downloads">
              <a href={dyadHref(slug, pinned, { path: "/data", format: "csv" })} download>
                Download CSV
              </a>
              <a href={dyadHref(slug, pinned, { path: "/data", format: "json" })} download>
                Download JSON
              </a>
              <ChartDownloads chartId={CHART_ID} filename={filename} title={`${name} · Relations Tension Index`} source={`Source: Relations Tension Index, release R${release.number} (data as of ${release.asOf}) · ${site}${dyadHref(slug, pinned)}`} />
            </p>
            <EmbedCode src={`${site}${dyadHref(slug, { ...pinned, day: undefined }, { base: "/embed/dyads" })}`} title={`${name}: Relations Tension Index`} />
          </>
        )}
      </section>

      {data.explanation ? (
        <section aria-labelledby="moved-title" id="what-moved-it">
          <h2 id="moved-title">What moved it</h2>
          <WhatMovedIt action={action} view={view} explanation={data.explanation} bounds={bounds} names={names} />
        </section>
      ) : null}

      <section aria-labelledby="breakdown-title">
        <h2 id="breakdown-title">What drives it on {release.asOf}</h2>
        <DyadBreakdown point={series.at(-1)!} a={dyad.actorA.name} b={dyad.actorB.name} />
      </section>

      <section aria-labelledby="events-title">
        <h2 id="events-title">Events in this release ({events.length})</h2>
        <DyadEvents
          events={eventsOnChart(points, events)}
          names={names}
          apiHref={`/api/v1/events?${new URLSearchParams({ dyad: slug, release: String(release.number), ...(points.length ? { from: points[0]!.date, to: points.at(-1)!.date } : {}) })}`}
        />
      </section>

      <section aria-labelledby="cite-title">
        <h2 id="cite-title">Cite</h2>
        <p className="dyad-citation">
          Relations Tension Index, release R{release.number} (data as of {release.asOf}), dyad {slug}, methodology {release.methodology.name}. Retrieved{" "}
          {new Date().toISOString().slice(0, 10)} from {site}
          {dyadHref(slug, pinned)}.
        </p>
      </section>
    </article>
  );
}
