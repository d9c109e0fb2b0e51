import type { Metadata } from "next";
import { Suspense } from "react";
import { prefetchReference } from "~/components/studio/event-form/prefetch-reference";
import { requireViewer } from "~/lib/viewer";
import { HydrateClient, getQueryClient, trpc } from "~/trpc/server";
import { NewVersionForm } from "./new-version-form";
import { VersionList } from "./version-list";
import "~/components/release/release.css";
import "~/components/studio/event-form/event-form.css";
import "./methodology.css";

export const metadata: Metadata = { title: "Methodology" };

export default async function MethodologyPage() {
  await requireViewer("/studio/admin/methodology", "admin");
  await Promise.all([getQueryClient().prefetchQuery(trpc.methodology.list.queryOptions()), prefetchReference()]);
  return (
    <HydrateClient>
      <h1>Methodology</h1>
      <p className="lede">
        A methodology version pins the half-life H, the scale K and the intensity table the index is computed with. A
        release records the version it used, so a version can no longer change once a release used it: to change the
        formula, create a new version and draft releases with it.
      </p>
      <Suspense fallback={<p className="muted">Loading methodology versions…</p>}>
        <section aria-labelledby="methodology-versions">
          <h2 id="methodology-versions">Versions, newest first</h2>
          <VersionList />
        </section>
        <section aria-labelledby="methodology-new">
          <h2 id="methodology-new">New methodology version</h2>
          <p className="muted">Starts from the newest version&apos;s values. Preview its effect before creating it.</p>
          <NewVersionForm />
        </section>
      </Suspense>
    </HydrateClient>
  );
}
