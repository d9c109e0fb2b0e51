import { FORMAT_INFO, IMPORT_FORMATS, MAX_UPLOAD_BYTES } from "@rti/api/imports";
import type { Metadata } from "next";
import { Suspense } from "react";
import { requireViewer } from "~/lib/viewer";
import { HydrateClient, getQueryClient, trpc } from "~/trpc/server";
import { ImportList } from "./import-list";
import { UploadForm } from "./upload-form";
import "./imports.css";

export const metadata: Metadata = { title: "Imports" };

export default async function ImportsPage() {
  await requireViewer("/studio/imports", "editor");
  await getQueryClient().prefetchQuery(trpc.imports.list.queryOptions({ limit: 50 }));
  const formats = IMPORT_FORMATS.map((f) => ({ value: f, label: FORMAT_INFO[f].label, description: FORMAT_INFO[f].description }));
  return (
    <HydrateClient>
      <h1>Imports</h1>
      <p className="lede">
        Bring many events in at once from a file: the project’s CSV template (
        <a href="/studio/imports/template.csv" download>
          download an example
        </a>
        ) or GDELT event exports. You check a preview first; imported rows arrive as drafts marked with their import,
        for review. Importing the same GDELT rows twice adds nothing the second time.
      </p>
      <h2>Upload a file</h2>
      <UploadForm formats={formats} maxBytes={MAX_UPLOAD_BYTES} />
      <h2>Recent imports</h2>
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <ImportList />
      </Suspense>
    </HydrateClient>
  );
}
