import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DyadFigure } from "~/components/dyad/dyad-figure";
import { ChartLegend } from "~/components/dyad/overlay-picker";
import { dyadHref, parseDyadAddress } from "~/components/dyad/view";
import { BandChip } from "~/components/release/band-chip";
import { dyadName, formatValue } from "~/components/release/format";
import { loadDyadView } from "~/lib/load-dyad";
import "~/components/release/release.css";
import "~/components/dyad/dyad.css";
import "./embed.css";

// The dyad chart alone, for other sites' iframes: the view from the address (release, range or
// zoom, overlays), a title, and a source line linking back to the full page.
export const dynamic = "force-dynamic";

type Props = PageProps<"/embed/dyads/[slug]">;

async function load({ params, searchParams }: Props) {
  const query = await searchParams;
  const asked = parseDyadAddress((await params).slug, { get: (name) => query[name] });
  const data = asked.slug ? await loadDyadView(asked.slug, asked.view) : null;
  return data && { view: asked.view, data };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const loaded = await load(props);
  return { title: loaded ? `${dyadName(loaded.data.dyad)} (embed)` : "Dyad not found", robots: { index: false } };
}

export default async function EmbedDyad(props: Props) {
  const loaded = await load(props);
  if (!loaded || loaded.data.points.length === 0) notFound();
  const { view, data } = loaded;
  const { dyad, release } = data;
  const names = { [dyad.actorA.code]: dyad.actorA.name, [dyad.actorB.code]: dyad.actorB.name };
  const page = dyadHref(dyad.slug, { ...view, release: String(release.number), day: undefined });
  return (
    <main className="embed dyad-chart-section">
      <h1>
        <a href={page} target="_blank" rel="noopener">
          {dyadName(dyad)}
        </a>{" "}
        <span className="embed-value">
          {formatValue(dyad.value)} <BandChip band={dyad.band} />
        </span>
      </h1>
      {data.overlays.length ? <ChartLegend name={dyadName(dyad)} overlays={data.overlays} /> : null}
      <DyadFigure data={data} view={{ ...view, day: undefined }} names={names} base="/embed/dyads" />
      {view.from || view.to ? <a href={dyadHref(dyad.slug, { ...view, from: undefined, to: undefined, day: undefined }, { base: "/embed/dyads" })}>Show the whole series</a> : null}
      <p className="muted embed-source">
        Relations Tension Index, release R{release.number} (data as of {release.asOf}).{" "}
        <a href={page} target="_blank" rel="noopener">
          Full chart, events and data
        </a>
      </p>
    </main>
  );
}
