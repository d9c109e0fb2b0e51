import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChangelogSection } from "~/components/release/changelog-section";
import { dyadNamer } from "~/components/release/dyad-names";
import { releaseName } from "~/components/release/format";
import { ReleaseFacts } from "~/components/release/release-facts";
import { getQueryClient, trpc } from "~/trpc/server";
import { loadPublishedRelease } from "./load-release";
import "~/components/release/release.css";
import "../releases.css";

// Rendered per request, like the list it belongs to.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/releases/[number]">): Promise<Metadata> {
  const release = await loadPublishedRelease((await params).number);
  return { title: release ? `Release ${releaseName(release)}` : "Release not found" };
}

export default async function PublicReleasePage({ params }: PageProps<"/releases/[number]">) {
  const release = await loadPublishedRelease((await params).number);
  if (!release) notFound();
  const actors = await getQueryClient().fetchQuery(trpc.reference.actors.queryOptions());
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
