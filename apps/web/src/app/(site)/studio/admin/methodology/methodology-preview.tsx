"use client";
// What the proposed parameters would do to the latest published release: every dyad recomputed
// from the same events on the server, largest move first. It runs only when Preview is pressed.
import type { MethodologyParams } from "@rti/api/schemas";
import { band } from "@rti/engine";
import { keepPreviousData, skipToken, useQuery } from "@tanstack/react-query";
import { BandChip } from "~/components/release/band-chip";
import { Change } from "~/components/release/change";
import { formatValue, releaseName } from "~/components/release/format";
import { useReference } from "~/components/studio/event-form/use-reference";
import { apiProblem } from "~/lib/errors";
import { useTRPC } from "~/trpc/react";

/** "rus-usa" → "Russia – United States", from the actors' names (the slug when one is unknown). */
function useDyadName(): (slug: string) => string {
  const { actors } = useReference();
  const names = new Map(actors.map((a) => [a.code.toLowerCase(), a.name]));
  return (slug) => {
    const [a, b] = slug.split("-").map((code) => names.get(code));
    return a && b ? `${a} – ${b}` : slug;
  };
}

function describe(p: MethodologyParams): string {
  const n = Object.keys(p.intensityOverrides).length;
  const overrides = n === 0 ? "no intensity overrides" : n === 1 ? "1 intensity override" : `${n} intensity overrides`;
  return `half-life ${p.halfLifeDays} days, scale ${p.scale}, ${overrides}`;
}

export function MethodologyPreview({ params, stale }: { params: MethodologyParams | null; stale: boolean }) {
  const trpc = useTRPC();
  const dyadName = useDyadName();
  // The previous result stays on screen while a new one computes, so the page does not jump.
  const preview = useQuery({ ...trpc.methodology.preview.queryOptions(params ?? skipToken), placeholderData: keepPreviousData });
  if (!params) return <p className="muted">Press Preview to see how every dyad of the latest release would move.</p>;
  const data = preview.data;
  return (
    <div className="methodology-preview" aria-busy={preview.isFetching}>
      <div role="status">
        {preview.isFetching ? (
          <div className="release-progress">
            <p>Recomputing every dyad with {describe(params)}…</p>
            <progress aria-label="Recomputing every dyad" />
          </div>
        ) : stale ? (
          <p className="notice">The values above changed since this preview. Press Preview again to see their effect.</p>
        ) : null}
      </div>
      {preview.isError && !preview.isFetching ? (
        <p className="alert" role="alert">
          {apiProblem(preview.error).message}
        </p>
      ) : null}
      {!data ? null : data.release === null ? (
        <p className="empty">
          Nothing is published yet, so there is nothing to compare with. Once a release is published, Preview shows how
          each of its dyads would move.
        </p>
      ) : (
        <>
          <p>
            Compared with {releaseName(data.release)}, data as of {data.release.asOf}
            {preview.isPlaceholderData ? null : `, with ${describe(params)}`}.{" "}
            {data.dyads.length === 0 ? "That release has no dyads." : "Largest move first."}
          </p>
          {data.dyads.length > 0 ? (
            <div className="table-wrap">
              <table className="data methodology-preview-table">
                <caption className="visually-hidden">
                  Every dyad of {releaseName(data.release)}: published and proposed index, largest move first
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Dyad</th>
                    <th scope="col">Published</th>
                    <th scope="col">Proposed</th>
                    <th scope="col">Change</th>
                  </tr>
                </thead>
                <tbody>
                  {data.dyads.map((d) => (
                    <tr key={d.dyad}>
                      <th scope="row">{dyadName(d.dyad)}</th>
                      <td data-label="Published">
                        <Reading value={d.published} />
                      </td>
                      <td data-label="Proposed">
                        <Reading value={d.proposed} />
                      </td>
                      <td className="num" data-label="Change">
                        <Change delta={d.delta} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </>
      )}
    </div>
  );
}

function Reading({ value }: { value: number }) {
  return (
    <span className="methodology-reading">
      <span className="num">{formatValue(value)}</span> <BandChip band={band(value)} />
    </span>
  );
}
