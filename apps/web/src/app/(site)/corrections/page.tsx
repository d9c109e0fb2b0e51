import type { Metadata } from "next";
import Link from "next/link";
import { dyadNamer } from "~/components/release/dyad-names";
import { formatTimestamp } from "~/lib/format";
import { actorsAsOf, correctionsUpTo, releaseRef } from "~/lib/published";
import "../releases/releases.css";

export const metadata: Metadata = { title: "Corrections" };

// Rendered per request, because a release with corrections can be published at any time; the
// corrections come only from published releases, so they are cached under the latest release's id.
export const dynamic = "force-dynamic";

export default async function CorrectionsPage() {
  const latest = await releaseRef();
  const [corrections, actors] = latest ? await Promise.all([correctionsUpTo(latest), actorsAsOf(latest)]) : [[], []];
  const nameOf = dyadNamer(actors);
  return (
    <>
      <h1>Corrections</h1>
      <p className="lede">
        When reviewed events turn out to be wrong, we change or retract them — never silently. Each correction below
        says why, and which <Link href="/releases">release</Link> it took effect in. Newest release first.
      </p>
      {corrections.length === 0 ? (
        <p className="empty">No corrections yet.</p>
      ) : (
        <ol className="correction-list">
          {corrections.map((c) => (
            <li key={`${c.release.number}-${c.eventId}`} className="card">
              <h2>
                <span className={`correction-kind ${c.kind}`}>{c.kind === "retracted" ? "Retracted" : "Changed"}</span>
                {c.title}
              </h2>
              <p className="release-meta">
                {nameOf(c.dyad)} · event of <time dateTime={c.date}>{c.date}</time>
              </p>
              <p className="correction-reason">
                {c.reason ?? <span className="muted">No reason was given for this change.</span>}
              </p>
              <p className="release-meta">
                Took effect in <Link href={`/releases/${c.release.number}`}>Release R{c.release.number}</Link>, published{" "}
                <time dateTime={c.release.publishedAt}>{formatTimestamp(c.release.publishedAt)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
