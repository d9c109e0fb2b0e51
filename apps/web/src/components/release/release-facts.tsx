import type { RouterOutputs } from "@rti/api";
import { formatTimestamp } from "~/lib/format";

type Release = RouterOutputs["release"]["draft"];

/** A release's facts; the studio also shows who drafted it (`internal`). */
export function ReleaseFacts({ release, internal = false }: { release: Release; internal?: boolean }) {
  const m = release.methodology;
  return (
    <dl className="facts">
      <dt>{internal ? "Cut-off" : "Data as of"}</dt>
      <dd>
        <time dateTime={release.asOf}>{release.asOf}</time>
      </dd>
      <dt>Methodology</dt>
      <dd>
        {m.name} (version {m.version}) · half-life H = {m.halfLifeDays} days · scale K = {m.scale}
      </dd>
      <dt>Events</dt>
      <dd>{release.eventCount}</dd>
      <dt>Dyads</dt>
      <dd>{release.dyadCount}</dd>
      {internal ? (
        <>
          <dt>Drafted</dt>
          <dd>
            <time dateTime={release.createdAt}>{formatTimestamp(release.createdAt)}</time> by {release.createdBy}
          </dd>
        </>
      ) : null}
      {release.publishedAt ? (
        <>
          <dt>Published</dt>
          <dd>
            <time dateTime={release.publishedAt}>{formatTimestamp(release.publishedAt)}</time> by {release.publishedBy}
          </dd>
        </>
      ) : null}
      <dt>Notes</dt>
      <dd className="notes">{release.notes}</dd>
    </dl>
  );
}
