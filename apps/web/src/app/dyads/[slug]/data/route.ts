import { dyadName } from "~/components/release/format";
import { seriesCsv } from "~/components/dyad/series-file";
import { loadDyad } from "../load-dyad";
import { dyadParams } from "../params";

export const dynamic = "force-dynamic";

/** The points the dyad page shows for the same release and range, as CSV or JSON. */
export async function GET(request: Request, { params }: RouteContext<"/dyads/[slug]/data">) {
  const query = new URL(request.url).searchParams;
  const asked = dyadParams((await params).slug, query);
  const format = query.get("format") === "json" ? "json" : "csv";
  const view = asked.slug ? await loadDyad(asked.slug, asked.release, asked.range) : null;
  if (!view) return new Response("There is no such dyad in this release.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

  const { release, dyad, points } = view;
  const filename = `rti-${dyad.slug}-R${release.number}${asked.range === "all" ? "" : `-${asked.range}`}.${format}`;
  const body =
    format === "csv"
      ? seriesCsv(points)
      : JSON.stringify(
          {
            dyad: { slug: dyad.slug, name: dyadName(dyad) },
            release: { number: release.number, asOf: release.asOf },
            methodology: release.methodology,
            range: { id: asked.range, from: points[0]?.date ?? null, to: points.at(-1)?.date ?? null },
            points,
          },
          null,
          2,
        );
  return new Response(body, {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
    },
  });
}
