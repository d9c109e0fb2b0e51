// Where a revision's facts come from. Links leave the studio in a new tab and pass no referrer
// or ranking credit to sites we only cite.
import type { RevisionDto } from "@rti/api";

export function SourceList({ sources }: { sources: RevisionDto["sources"] }) {
  return (
    <ol className="source-list">
      {sources.map((s, i) => (
        <li key={`${i}-${s.url}`}>
          <a href={s.url} target="_blank" rel="noopener noreferrer nofollow">
            {s.publisher ?? s.url}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
          <p className="source-meta">
            {s.publisher ? <span className="source-url">{s.url}</span> : null}
            <span>
              {s.publishedAt ? (
                <>
                  published <time dateTime={s.publishedAt}>{s.publishedAt}</time>
                </>
              ) : (
                "publication date not given"
              )}
            </span>
          </p>
          {s.quote ? <blockquote cite={s.url}>{s.quote}</blockquote> : null}
        </li>
      ))}
    </ol>
  );
}
