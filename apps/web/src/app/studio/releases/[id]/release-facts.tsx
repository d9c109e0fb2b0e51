import { formatTimestamp } from "~/lib/format";
import type { Release } from "./types";

export function ReleaseFacts({ release }: { release: Release }) {
  const m = release.methodology;
  return (
    <dl className="facts">
      <dt>Cut-off</dt>
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
      <dt>Drafted</dt>
      <dd>
        <time dateTime={release.createdAt}>{formatTimestamp(release.createdAt)}</time> by {release.createdBy}
      </dd>
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
