// The event's public revisions, newest first: each with its note and the fields it changed
// against the previous public one. Edits no release has included are not public, so not here.
import { formatTimestamp } from "~/lib/format";
import type { PublishedEvent } from "./types";

type Entry = PublishedEvent["history"][number];

function Changes({ entry: h }: { entry: Entry }) {
  if (h.comparedWith === null) return <p className="muted">The first version a release published.</p>;
  if (h.changes.length === 0) return <p className="muted">No field differs from revision {h.comparedWith}.</p>;
  return (
    <div className="diff-wrap">
      <table className="diff">
        <caption>
          Changed since revision {h.comparedWith}: {h.changes.length} field{h.changes.length === 1 ? "" : "s"}
        </caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Revision {h.comparedWith}</th>
            <th scope="col">Revision {h.revision}</th>
          </tr>
        </thead>
        <tbody>
          {h.changes.map((c) => (
            <tr key={c.field} className="changed">
              <th scope="row">{c.field}</th>
              <td className="before">{c.before || <span className="muted">—</span>}</td>
              <td className="after">{c.after || <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function EventHistory({ history, shown }: { history: PublishedEvent["history"]; shown: number }) {
  return (
    <ol className="event-page-history">
      {history.map((h) => (
        <li key={h.revision}>
          <h3>
            Revision {h.revision}
            {h.revision === shown ? <span className="tag">shown above</span> : null}
          </h3>
          <p className="muted">
            Written <time dateTime={h.createdAt}>{formatTimestamp(h.createdAt)}</time>
          </p>
          <p className="event-page-note">{h.changeNote ?? <span className="muted">No change note.</span>}</p>
          <Changes entry={h} />
        </li>
      ))}
    </ol>
  );
}
