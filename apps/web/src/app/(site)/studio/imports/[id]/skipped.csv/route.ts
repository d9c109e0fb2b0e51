// The download of every row an import skipped, with why, for an editor fixing the file.
import { skippedCsv } from "@rti/api/imports";
import { getDb } from "@rti/db";
import { isNotFound } from "~/lib/not-found";
import { currentViewer } from "~/lib/viewer";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await currentViewer();
  if (!viewer?.roles.includes("editor")) return new Response("Sign in as an editor to download this.", { status: viewer ? 403 : 401 });
  const chunks = skippedCsv(getDb(), id);
  let first: IteratorResult<string>;
  try {
    first = await chunks.next(); // an unknown import is refused here, before any byte is sent
  } catch (error) {
    if (isNotFound(error)) return new Response("There is no import with this id.", { status: 404 });
    throw error;
  }
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (!first.done) controller.enqueue(encoder.encode(first.value));
    },
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="skipped-rows-${id}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
