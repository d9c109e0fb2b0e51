import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { isNotFound } from "~/lib/not-found";
import { requireViewer } from "~/lib/viewer";
import { HydrateClient, getQueryClient, trpc } from "~/trpc/server";
import { ImportJobView } from "./import-job";
import "../imports.css";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/studio/imports/${id}`, "editor");
  let job;
  try {
    job = await getQueryClient().fetchQuery(trpc.imports.get.queryOptions({ id }));
  } catch (error) {
    if (isNotFound(error)) notFound();
    throw error;
  }
  return (
    <HydrateClient>
      <p>
        <Link href="/studio/imports">← Imports</Link>
      </p>
      <h1>{job.fileName}</h1>
      <p className="lede">
        {job.format === "csv" ? "CSV template" : job.format === "gdelt1" ? "GDELT 1.0" : "GDELT 2.0"} ·{" "}
        {(job.sizeBytes / 2 ** 20).toFixed(1)} MB · uploaded by {job.createdBy.name}
      </p>
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <ImportJobView id={id} viewer={{ id: viewer.id, roles: viewer.roles }} />
      </Suspense>
    </HydrateClient>
  );
}
