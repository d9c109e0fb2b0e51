import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChangelogSection } from "~/components/release/changelog-section";
import { dyadNamer } from "~/components/release/dyad-names";
import { releaseName } from "~/components/release/format";
import { ReleaseFacts } from "~/components/release/release-facts";
import { actorsAsOf } from "~/lib/published";
import { loadPublishedRelease } from "./load-release";
import "~/components/release/release.css";
import "../releases.css";

// Rendered per request, like the list it belongs to; a published release never changes, so what
// it shows is cached under its id (lib/published).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/releases/[number]">): Promise<Metadata> {
  const loaded = await loadPublishedRelease((await params).number);
  return { title: loaded ? `Release ${releaseName(loaded.release)}` : "Release not found" };
}

export default async function PublicReleasePage({ params }: PageProps<"/releases/[number]">) {
  const loaded = await loadPublishedRelease((await params).number);
  if (!loaded) notFound();
  const { ref, release } = loaded;
  const actors = await actorsAsOf(ref);
  return (
    <article className="release-view" aria-labelledby="release-title">
      <p className="muted">
        <Link href="/releases">All releases</Link>
      </p>
      <h1 id="release-title">Release {releaseName(release)}</h1>
      <ReleaseFacts release={release} />
      <ChangelogSection changelog={release.changelog} nameOf={dyadNamer(actors)} />
    </article>
  );
}
