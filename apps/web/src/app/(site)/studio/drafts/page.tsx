import type { Metadata } from "next";
import { requireViewer } from "~/lib/viewer";
import { HydrateClient, getQueryClient, trpc } from "~/trpc/server";
import { MyDrafts } from "./my-drafts";
import "../events/events.css";

export const metadata: Metadata = { title: "My drafts" };

export default async function DraftsPage() {
  const viewer = await requireViewer("/studio/drafts");
  await getQueryClient().prefetchQuery(trpc.event.myDrafts.queryOptions());

  return (
    <HydrateClient>
      <h1>My drafts</h1>
      <p className="lede">Your unfinished events: the ones a reviewer sent back come first, because they wait on you.</p>
      <MyDrafts canCreate={viewer.roles.includes("editor")} />
    </HydrateClient>
  );
}
