import type { Metadata } from "next";
import { Suspense } from "react";
import { prefetchReference } from "~/components/studio/event-form/prefetch-reference";
import { requireViewer } from "~/lib/viewer";
import { HydrateClient } from "~/trpc/server";
import { Assistant } from "./assistant";
import "./assistant.css";

export const metadata: Metadata = { title: "Article assistant" };

export default async function AssistantPage() {
  await requireViewer("/studio/assistant", "editor");
  await prefetchReference();
  return (
    <HydrateClient>
      <h1>Article assistant</h1>
      <p className="lede">
        Paste a news article with its publication date. The assistant proposes the events it reports between two
        countries: the day (“on Wednesday” counts back from the publication date), who acted on whom, a CAMEO code and
        the sentence that says so. Accept, adjust or drop each one; accepted ones become your drafts, citing the
        article, and go through review like any other.
      </p>
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <Assistant />
      </Suspense>
    </HydrateClient>
  );
}
