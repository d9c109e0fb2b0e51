import { dyadName } from "~/components/release/format";
import { seriesCsv } from "~/components/dyad/series-file";
import { parseDyadAddress } from "~/components/dyad/view";
import { loadDyadView } from "~/lib/load-dyad";

export const dynamic = "force-dynamic";

/** The points the dyad page shows for the same view (release, range or zoom, overlays), as CSV or JSON. */
export async function GET(request: Request, { params }: RouteContext<"/dyads/[slug]/data">) {
  const query = new URL(request.url).searchParams;
  const asked = parseDyadAddress((await params).slug, query);
  const format = query.get("format") === "json" ? "json" : "csv";
  const data = asked.slug ? await loadDyadView(asked.slug, { ...asked.view, day: undefined }) : null;
  if (!data) return new Response("There is no such dyad in this release.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

  const { release, dyad, points } = data;
  const overlays = data.overlays.flatMap((o) => (o.points ? [{ slug: o.slug, name: o.name, points: o.points }] : []));
  const span = points.length ? `-${points[0]!.date}-to-${points.at(-1)!.date}` : "";
  const body =
    format === "csv"
      ? seriesCsv(points, overlays)
      : JSON.stringify(
          {
            dyad: { slug: dyad.slug, name: dyadName(dyad) },
            release: { number: release.number, asOf: release.asOf },
            methodology: release.methodology,
            range: { from: points[0]?.date ?? null, to: points.at(-1)?.date ?? null },
            points,
            overlays,
          },
          null,
          2,
        );
  return new Response(body, {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="rti-${dyad.slug}-R${release.number}${span}.${format}"`,
    },
  });
}
