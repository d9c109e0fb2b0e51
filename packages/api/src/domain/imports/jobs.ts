// An import's life: uploaded and previewed → confirmed (queued, then run in the background)
// → done, failed or cancelled. Each step leaves one audit entry for the job.
import type { Db, ImportFormat, ImportStatus, Prisma } from "@rti/db";
import { DomainError } from "../../errors";
import { writeAudit } from "../audit";
import type { Author } from "../events/workflow";
import { jobSummarySelect, loadImportJob, toJobSummary, type ImportJobDto, type ImportJobSummary } from "./dto";
import { inspectFile } from "./formats";
import { buildPreview } from "./preview";
import { loadReference } from "../reference";
import type { SkipKind } from "./rows";
import { importFile, removeImportFile } from "./storage";
import { startImport, type RunOptions } from "./runner";

const notFound = () => new DomainError("NOT_FOUND", "There is no import with this id.");

export async function getImport(db: Db, id: string): Promise<ImportJobDto> {
  const job = await loadImportJob(db, id);
  if (!job) throw notFound();
  return job;
}

/**
 * Checks a stored upload (storage.ts) against its format, previews it and records the job in
 * `previewing`. A file that is refused is removed, and nothing is recorded.
 */
export async function createImport(db: Db, actor: Author, input: { id: string; format: ImportFormat; fileName: string; sizeBytes: number }): Promise<ImportJobDto> {
  try {
    const path = importFile(input.id);
    const layout = await inspectFile(path, input.format);
    const preview = await buildPreview(db, path, layout, await loadReference(db));
    await db.$transaction(async (tx) => {
      await tx.importJob.create({
        data: { id: input.id, format: input.format, fileName: input.fileName, sizeBytes: input.sizeBytes, preview, createdById: actor.id },
      });
      await writeAudit(tx, {
        actor,
        action: "import.create",
        entityType: "import",
        entityId: input.id,
        after: { status: "previewing", format: input.format, fileName: input.fileName, sizeBytes: input.sizeBytes },
      });
    });
  } catch (error) {
    await removeImportFile(input.id);
    throw error;
  }
  return getImport(db, input.id);
}

/**
 * Moves a job from one of `from` to `to` under a row lock, with its audit entry; refuses other
 * states. The lock is NO KEY UPDATE: a running import's inserts hold KEY SHARE on the job row
 * (their foreign keys), which a plain FOR UPDATE would wait on until the import ended.
 */
async function transition(db: Db, actor: Author, id: string, from: ImportStatus[], to: ImportStatus, action: string, refusal: string) {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ status: ImportStatus }[]>`SELECT "status" FROM "import_job" WHERE "id" = ${id}::uuid FOR NO KEY UPDATE`;
    const job = rows[0];
    if (!job) throw notFound();
    if (!from.includes(job.status)) {
      throw new DomainError("UNPROCESSABLE", `${refusal} (it is ${job.status}).`, { details: { status: job.status } });
    }
    const now = new Date();
    const data: Prisma.ImportJobUpdateInput = to === "queued" ? { status: to, confirmedAt: now } : { status: to, finishedAt: now };
    await tx.importJob.update({ where: { id }, data });
    await writeAudit(tx, { actor, action, entityType: "import", entityId: id, before: { status: job.status }, after: { status: to } });
    return job.status;
  });
}

/** Starts a previewed import; it runs in the background of this process. */
export async function confirmImport(db: Db, actor: Author, id: string, options?: RunOptions): Promise<ImportJobDto> {
  await transition(db, actor, id, ["previewing"], "queued", "import.confirm", "Only an import waiting in preview can be started");
  void startImport(db, id, options);
  return getImport(db, id);
}

/**
 * Cancels an import that has not ended. A running one stops before its next batch and rolls
 * back everything it wrote; a previewed or queued one never starts.
 */
export async function cancelImport(db: Db, actor: Author, id: string): Promise<ImportJobDto> {
  const was = await transition(db, actor, id, ["previewing", "queued", "running"], "cancelled", "import.cancel", "This import has already ended");
  // A running import removes its own file when it stops.
  if (was !== "running") await removeImportFile(id);
  return getImport(db, id);
}

export async function listImports(db: Db, input: { status?: ImportStatus; cursor?: string; limit: number }): Promise<{ items: ImportJobSummary[]; nextCursor: string | null }> {
  const rows = await db.importJob.findMany({
    where: input.status ? { status: input.status } : {},
    select: jobSummarySelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, input.limit);
  return { items: page.map(toJobSummary), nextCursor: rows.length > input.limit ? page.at(-1)!.id : null };
}

export interface SkippedRowDto {
  line: number;
  kind: SkipKind;
  reason: string;
  excerpt: string;
}

/** The skipped rows of an import in file order, from the line after `after`. */
export async function listSkipped(db: Db, input: { id: string; after?: number; limit: number }): Promise<{ items: SkippedRowDto[]; nextCursor: number | null }> {
  const job = await db.importJob.findUnique({ where: { id: input.id }, select: { id: true } });
  if (!job) throw notFound();
  const rows = await db.importSkip.findMany({
    where: { jobId: input.id, ...(input.after !== undefined ? { line: { gt: input.after } } : {}) },
    select: { line: true, kind: true, reason: true, excerpt: true },
    orderBy: { line: "asc" },
    take: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  // Only the runner writes skips, always with one of SKIP_KINDS.
  return { items: page.map((r) => ({ ...r, kind: r.kind as SkipKind })), nextCursor: rows.length > input.limit ? page.at(-1)!.line : null };
}
