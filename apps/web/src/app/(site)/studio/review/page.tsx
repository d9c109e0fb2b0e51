import type { Metadata } from "next";
import { Suspense } from "react";
import { requireViewer } from "~/lib/viewer";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { ReviewQueue } from "./review-queue";
import "~/components/studio/event-view/event-view.css";

export const metadata: Metadata = { title: "Review queue" };

export default async function ReviewPage() {
  const viewer = await requireViewer("/studio/review", "reviewer");
  await getQueryClient().prefetchQuery(trpc.event.reviewQueue.queryOptions());
  return (
    <HydrateClient>
      <h1>Review queue</h1>
      <p className="lede">
        Events waiting for a decision, oldest submission first. Each shows what changed against the version in force.
        Four eyes: someone other than the author of a revision decides on it.
      </p>
      <Suspense fallback={<p className="muted">Loading the review queue…</p>}>
        <ReviewQueue viewerId={viewer.id} />
      </Suspense>
    </HydrateClient>
  );
}
