import type { RouterOutputs } from "@rti/api";
import { splitTimestamp } from "~/lib/format";
import { releaseName } from "./format";

type Release = RouterOutputs["release"]["dyads"]["release"];

/** Which release the figures below come from: its number, cut-off, publication and notes. */
export function ReleaseBanner({ release }: { release: Release }) {
  const published = release.publishedAt ? splitTimestamp(release.publishedAt)[0] : null;
  return (
    <section className="release-banner" aria-labelledby="release-banner-title">
      <h2 id="release-banner-title">
        Release {releaseName(release)} · data as of <time dateTime={release.asOf}>{release.asOf}</time>
        {published ? (
          <>
            {" "}
            · published <time dateTime={release.publishedAt ?? undefined}>{published}</time>
          </>
        ) : null}
      </h2>
      <p className="release-notes">{release.notes}</p>
      <p className="release-method">
        Computed with methodology {release.methodology.name} from {release.eventCount} reviewed{" "}
        {release.eventCount === 1 ? "event" : "events"}.
      </p>
    </section>
  );
}
