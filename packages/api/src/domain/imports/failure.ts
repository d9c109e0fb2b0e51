// Imports that ended without finishing: by a fatal error while running, or because the server
// stopped under them. Their transaction rolled back, so only the job row is left to mark.
import type { Db } from "@rti/db";
import { writeAudit } from "../audit";
import { removeImportFile } from "./storage";

export const INTERRUPTED = "The server stopped during the import, so nothing was imported. Upload the file again to start over.";

/** Marks queued or running jobs failed with `message`; returns the ids it marked. */
export async function markFailed(db: Db, ids: string[], message: string): Promise<string[]> {
  return db.$transaction(async (tx) => {
    const failed = await tx.importJob.updateManyAndReturn({
      where: { id: { in: ids }, status: { in: ["queued", "running"] } },
      data: { status: "failed", errorMessage: message, finishedAt: new Date() },
      select: { id: true },
    });
    for (const { id } of failed) {
      await writeAudit(tx, { actor: null, action: "import.fail", entityType: "import", entityId: id, after: { status: "failed", error: message } });
    }
    return failed.map((j) => j.id);
  });
}

/**
 * For the server's start, before it serves: an import left queued or running by a server that
 * stopped cannot go on (its transaction was rolled back), so it is marked failed and its file
 * removed. Assumes one web server per database, as the stored files already do.
 */
export async function failInterruptedImports(db: Db): Promise<number> {
  const stuck = await db.importJob.findMany({ where: { status: { in: ["queued", "running"] } }, select: { id: true } });
  if (stuck.length === 0) return 0;
  const failed = await markFailed(db, stuck.map((j) => j.id), INTERRUPTED);
  await Promise.all(failed.map(removeImportFile));
  return failed.length;
}
