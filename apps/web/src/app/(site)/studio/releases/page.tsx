import type { Metadata } from "next";
import { Suspense } from "react";
import { requireViewer } from "~/lib/viewer";
import { HydrateClient, getQueryClient, trpc } from "~/trpc/server";
import { NewReleaseForm } from "./new-release-form";
import { DraftReleases, PublishedReleases } from "./release-lists";
import "~/components/release/release.css";

export const metadata: Metadata = { title: "Releases" };

export default async function ReleasesPage() {
  await requireViewer("/studio/releases", "publisher");
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.release.drafts.queryOptions()),
    queryClient.prefetchQuery(trpc.release.list.queryOptions()),
    queryClient.prefetchQuery(trpc.methodology.list.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <h1>Releases</h1>
      <p className="lede">
        A release freezes the index as of a cut-off date: the approved events it uses, every dyad&apos;s series and the
        changes since the previous release. Draft one, check its changelog, then publish it.
      </p>
      <Suspense fallback={<p className="muted">Loading releases…</p>}>
        <section aria-labelledby="new-release">
          <h2 id="new-release">New release draft</h2>
          <NewReleaseForm today={new Date().toISOString().slice(0, 10)} />
        </section>
        <section aria-labelledby="draft-releases">
          <h2 id="draft-releases">Drafts</h2>
          <DraftReleases />
        </section>
        <section aria-labelledby="published-releases">
          <h2 id="published-releases">Published releases</h2>
          <PublishedReleases />
        </section>
      </Suspense>
    </HydrateClient>
  );
}
