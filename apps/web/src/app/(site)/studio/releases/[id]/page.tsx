import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { releaseName } from "~/components/release/format";
import { requireViewer } from "~/lib/viewer";
import { HydrateClient, getQueryClient, trpc } from "~/trpc/server";
import { defaultChartDyad } from "./chart-dyad";
import { loadRelease } from "./load-release";
import { ReleaseView } from "./release-view";
import "~/components/release/release.css";
import "~/components/studio/event-view/event-view.css";

export async function generateMetadata({ params }: PageProps<"/studio/releases/[id]">): Promise<Metadata> {
  const { id } = await params;
  // Signed-out visitors are sent to sign in by the page; their tab just says "Release".
  const release = await loadRelease(id).catch(() => undefined);
  if (release === null) return { title: "Release not found" };
  return { title: release?.number ? `Release ${releaseName(release)}` : release ? "Draft release" : "Release" };
}

export default async function ReleasePage({ params }: PageProps<"/studio/releases/[id]">) {
  const { id } = await params;
  await requireViewer(`/studio/releases/${id}`, "publisher");
  const release = await loadRelease(id);
  if (!release) notFound();
  const dyad = defaultChartDyad(release.changelog);
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.reference.actors.queryOptions()),
    dyad ? queryClient.prefetchQuery(trpc.release.draftSeries.queryOptions({ id, dyad })) : null,
  ]);
  return (
    <HydrateClient>
      <Suspense fallback={<p className="muted">Loading the release…</p>}>
        <ReleaseView id={id} />
      </Suspense>
    </HydrateClient>
  );
}
