// Said first and plainly: a later release took this event out of the index, and why.
import Link from "next/link";
import { formatTimestamp } from "~/lib/format";
import type { PublishedEvent } from "./types";

export function RetractionNotice({ retracted }: { retracted: NonNullable<PublishedEvent["retracted"]> }) {
  return (
    <section className="retraction" aria-labelledby="retraction-title">
      <h2 id="retraction-title">Retracted</h2>
      <p>
        <Link href={`/releases/${retracted.release}`}>Release R{retracted.release}</Link> (published{" "}
        <time dateTime={retracted.publishedAt}>{formatTimestamp(retracted.publishedAt)}</time>) retracted this event: from
        that release on, it no longer counts in the index. What follows is the record as earlier releases published it.
      </p>
      <p className="retraction-reason">Reason: {retracted.reason}</p>
    </section>
  );
}
