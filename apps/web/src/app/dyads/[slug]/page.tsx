import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { DyadBreakdown } from "~/components/dyad/dyad-breakdown";
import { DyadChart } from "~/components/dyad/dyad-chart";
import { DyadDataTable } from "~/components/dyad/dyad-data-table";
import { DyadEvents } from "~/components/dyad/dyad-events";
import { RANGES } from "~/components/dyad/range";
import { RangeLinks } from "~/components/dyad/range-links";
import { ReleasePicker } from "~/components/dyad/release-picker";
import { BandChip } from "~/components/release/band-chip";
import { Change } from "~/components/release/change";
import { dyadName, formatValue } from "~/components/release/format";
import { getQueryClient, trpc } from "~/trpc/server";
import { loadDyad } from "./load-dyad";
import { dyadHref, dyadParams } from "./params";
import "~/components/release/release.css";
import "~/components/dyad/dyad.css";

// A new release can appear at any time, so the page is rendered per request.
export const dynamic = "force-dynamic";

type Props = PageProps<"/dyads/[slug]">;

async function load({ params, searchParams }: Props) {
  const query = await searchParams;
  const asked = dyadParams((await params).slug, { get: (name) => query[name] });
  if (!asked.slug) return null;
  return { asked, view: await loadDyad(asked.slug, asked.release, asked.range) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const loaded = await load(props);
  return { title: loaded?.view ? dyadName(loaded.view.dyad) : "Dyad not found" };
}

export default async function DyadPage(props: Props) {
  const loaded = await load(props);
  if (!loaded) notFound();
  const { asked } = loaded;
  const slug = asked.slug!;
  if (slug !== (await props.params).slug) redirect(dyadHref(slug, asked));
  if (!loaded.view) notFound();
  const { release, dyad, points, events } = loaded.view;
  const releases = await getQueryClient().fetchQuery(trpc.release.list.queryOptions());
  const name = dyadName(dyad);
  const names = { [dyad.actorA.code]: dyad.actorA.name, [dyad.actorB.code]: dyad.actorB.name };
  const view = { release: asked.release, range: asked.range };
  const rangeLabel = RANGES.find((r) => r.id === asked.range)!.label;
  const host = (await headers()).get("host") ?? "localhost";
  const proto = (await headers()).get("x-forwarded-proto") ?? "http";
  const url = `${proto}://${host}${dyadHref(slug, { release: release.number!, range: asked.range })}`;

  return (
    <article className="dyad-page" aria-labelledby="dyad-title">
      <p className="muted">
        <Link href="/">All dyads</Link>
      </p>
      <h1 id="dyad-title">{name}</h1>
      <div className="dyad-now">
        <p className="dyad-value">
          <span className="visually-hidden">Index today: </span>
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
      <ReleasePicker
        action={`/dyads/${slug}`}
        releases={releases.map((r) => ({ number: r.number!, asOf: r.asOf }))}
        current={release.number!}
        range={asked.range}
      />

      <section aria-labelledby="chart-title" className="dyad-chart-section">
        <h2 id="chart-title">Index over time</h2>
        <RangeLinks current={asked.range} href={(range) => dyadHref(slug, { ...view, range })} />
        <figure>
          <div className="chart-scroll">
            <DyadChart points={points} events={events} label={`${name}: index from ${points[0]!.date} to ${points.at(-1)!.date} (${rangeLabel}), with events`} />
          </div>
          <figcaption>
            0 is warmest, 100 most hostile. Circles mark events: red for conflict, blue for cooperation, larger for
            stronger; each links to the event below.
          </figcaption>
        </figure>
        <DyadDataTable points={points} />
        <p className="dyad-downloads">
          <a href={dyadHref(slug, { ...view, format: "csv" }, "/data")} download>
            Download CSV
          </a>
          <a href={dyadHref(slug, { ...view, format: "json" }, "/data")} download>
            Download JSON
          </a>
        </p>
      </section>

      <section aria-labelledby="breakdown-title">
        <h2 id="breakdown-title">What drives it on {release.asOf}</h2>
        <DyadBreakdown point={points.at(-1)!} a={dyad.actorA.name} b={dyad.actorB.name} />
      </section>

      <section aria-labelledby="events-title">
        <h2 id="events-title">Events in this release ({events.length})</h2>
        <DyadEvents events={events} names={names} />
      </section>

      <section aria-labelledby="cite-title">
        <h2 id="cite-title">Cite</h2>
        <p className="dyad-citation">
          Relations Tension Index, release R{release.number} (data as of {release.asOf}), dyad {slug}, methodology{" "}
          {release.methodology.name}. Retrieved {new Date().toISOString().slice(0, 10)} from {url}.
        </p>
      </section>
    </article>
  );
}
