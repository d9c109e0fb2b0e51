import type { Metadata } from "next";
import Link from "next/link";
import { changelogSummary } from "~/components/release/changelog-summary";
import { releaseName } from "~/components/release/format";
import { formatTimestamp } from "~/lib/format";
import { releaseRef, releasesUpTo } from "~/lib/published";
import "./releases.css";

export const metadata: Metadata = { title: "Releases" };

// Rendered per request, because a new release can appear at any time; the list is cached under
// the latest release's id (lib/published), so publishing one shows it at once.
export const dynamic = "force-dynamic";

export default async function ReleasesPage() {
  const latest = await releaseRef();
  const releases = latest ? await releasesUpTo(latest) : [];
  return (
    <>
      <h1>Releases</h1>
      <p className="lede">
        Every published edition of the index, newest first. A release never changes once published; each one lists
        what changed since the one before. Fixes to earlier events are also gathered on the{" "}
        <Link href="/corrections">corrections</Link> page.
      </p>
      {releases.length === 0 ? (
        <p className="empty">No release has been published yet. The first one will appear here as soon as it is out.</p>
      ) : (
        <ol className="release-list">
          {releases.map((r) => (
            <li key={r.id} className="card">
              <h2>
                <Link href={`/releases/${r.number}`}>Release {releaseName(r)}</Link>
              </h2>
              <p className="release-meta">
                Data as of <time dateTime={r.asOf}>{r.asOf}</time>
                {r.publishedAt ? (
                  <>
                    {" "}
                    · published <time dateTime={r.publishedAt}>{formatTimestamp(r.publishedAt)}</time> by {r.publishedBy}
                  </>
                ) : null}
              </p>
              <p className="release-meta">
                Methodology {r.methodology.name} · {r.eventCount} {r.eventCount === 1 ? "event" : "events"} · {r.dyadCount}{" "}
                {r.dyadCount === 1 ? "dyad" : "dyads"}
              </p>
              <p className="release-notes">{r.notes}</p>
              <p className="release-summary">
                {r.changes.previous ? `Since R${r.changes.previous}: ` : "First release: "}
                {changelogSummary(r.changes)}.
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
