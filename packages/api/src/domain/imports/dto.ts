// What the API says about an import: the job, its progress and its preview. One set of schemas
// serves the studio (tRPC) and the REST API.
import type { Db, ImportJob } from "@rti/db";
import { z } from "zod";
import { DATE_PRECISIONS } from "../../schemas/event";
import { IMPORT_FORMATS } from "./formats";
import type { Reference } from "../reference";
import { SKIP_KINDS, type ImportedEvent, type Skip } from "./rows";

export const IMPORT_STATUSES = ["previewing", "queued", "running", "done", "failed", "cancelled"] as const;
const SKIP_KIND_NAMES = Object.keys(SKIP_KINDS) as [keyof typeof SKIP_KINDS, ...(keyof typeof SKIP_KINDS)[]];

const when = (description: string) => z.string().nullable().meta({ description: `${description} (ISO 8601), or null.` });

export const skipKindSchema = z.enum(SKIP_KIND_NAMES).meta({
  description: `Why rows are skipped, as a category: ${Object.entries(SKIP_KINDS).map(([kind, label]) => `${kind} (${label})`).join(", ")}.`,
});

const previewEventSchema = z.object({
  externalId: z.string().nullable(),
  source: z.string(),
  sourceName: z.string(),
  target: z.string(),
  targetName: z.string(),
  date: z.string(),
  datePrecision: z.enum(DATE_PRECISIONS),
  code: z.string(),
  codeName: z.string(),
  intensity: z.number(),
  intensityReason: z.string().nullable(),
  weight: z.number(),
  title: z.string(),
  summary: z.string().nullable(),
  sourceUrl: z.string(),
  sourcePublisher: z.string().nullable(),
  sourcePublishedAt: z.string().nullable(),
  quote: z.string().nullable(),
});

const skipSchema = z.object({ kind: skipKindSchema, label: z.string(), reason: z.string() });

export const previewRowSchema = z.object({
  line: z.number().int().meta({ description: "The line of the file the row starts on (a header is line 1)." }),
  excerpt: z.string().meta({ description: "The row as the file has it, cut to 200 characters." }),
  event: previewEventSchema.nullable().meta({ description: "The draft the row would become; null when it is skipped." }),
  skip: skipSchema.nullable().meta({ description: "Why the row would be skipped; null when it would be imported." }),
});
export type PreviewRow = z.infer<typeof previewRowSchema>;

export const previewSchema = z
  .object({
    columns: z.array(z.string()).meta({ description: "The file's columns, in order: its header, or the format's documented columns." }),
    mapping: z
      .array(z.object({ field: z.string(), from: z.string(), note: z.string() }))
      .meta({ description: "Which column of the file feeds which field of an event." }),
    rows: z.array(previewRowSchema).meta({
      description: "The file's first 20 rows, then up to 5 more that would be imported (from its first 10,000), each as it would be imported or skipped.",
    }),
  })
  .meta({ id: "ImportPreview" });
export type Preview = z.infer<typeof previewSchema>;

export const importJobSummarySchema = z.object({
  id: z.string().meta({ description: "The import's id (a UUID)." }),
  format: z.enum(IMPORT_FORMATS).meta({ description: "csv (the project's template), gdelt1 or gdelt2." }),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  status: z.enum(IMPORT_STATUSES).meta({
    description:
      "previewing: uploaded and checked, waiting for confirmation; queued, running; done; failed (nothing was imported; see error); cancelled (nothing was imported).",
  }),
  createdBy: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.string(),
  confirmedAt: when("When it was confirmed"),
  startedAt: when("When it started running"),
  finishedAt: when("When it ended"),
  progress: z
    .object({
      rowsRead: z.number().int(),
      rowsImported: z.number().int().meta({ description: "Rows that became drafts (while running: so far; they are saved together when the import ends)." }),
      rowsSkipped: z.number().int(),
      bytesRead: z.number().int(),
      fraction: z.number().meta({ description: "How far through the file, 0 to 1." }),
      rowsPerSecond: z.number().nullable().meta({ description: "Rows read per second since it started; null before." }),
      secondsLeft: z.number().nullable().meta({ description: "Estimated seconds to go while running; null otherwise." }),
      updatedAt: when("When these counts were last written (at least every second while running)"),
    })
    .meta({ description: "Where the import is: counts written at least once a second while it runs." }),
  error: z.string().nullable().meta({ description: "Why it failed, for an editor; null unless failed." }),
});
export type ImportJobSummary = z.infer<typeof importJobSummarySchema>;

export const importJobSchema = importJobSummarySchema
  .extend({
    preview: previewSchema,
    skippedByKind: z
      .array(z.object({ kind: skipKindSchema, label: z.string(), count: z.number().int() }))
      .meta({ description: "Skipped rows counted by why, most first (once the import is done)." }),
    drafts: z.number().int().meta({ description: "Events of this import still drafts: what approving the whole import would approve." }),
  })
  .meta({ id: "ImportJob", description: "An import of a file: its state, progress, preview and what it skipped." });
export type ImportJobDto = z.infer<typeof importJobSchema>;

export const jobSummarySelect = {
  id: true,
  format: true,
  fileName: true,
  sizeBytes: true,
  status: true,
  rowsRead: true,
  rowsImported: true,
  rowsSkipped: true,
  bytesRead: true,
  errorMessage: true,
  createdAt: true,
  confirmedAt: true,
  startedAt: true,
  progressAt: true,
  finishedAt: true,
  createdBy: { select: { id: true, name: true } },
} as const;

type JobRow = Pick<ImportJob, Exclude<keyof typeof jobSummarySelect, "createdBy">> & { createdBy: { id: string; name: string } };

const iso = (d: Date | null) => d?.toISOString() ?? null;

function progressOf(job: JobRow): ImportJobSummary["progress"] {
  const size = Number(job.sizeBytes);
  const bytes = Number(job.bytesRead);
  const fraction = job.status === "done" ? 1 : size > 0 ? Math.min(1, bytes / size) : 0;
  const until = job.status === "running" ? job.progressAt : job.finishedAt;
  const seconds = job.startedAt && until ? (until.getTime() - job.startedAt.getTime()) / 1000 : 0;
  const rowsPerSecond = seconds > 0 ? job.rowsRead / seconds : null;
  const secondsLeft = job.status === "running" && fraction > 0 && seconds > 0 ? (seconds * (1 - fraction)) / fraction : null;
  return { rowsRead: job.rowsRead, rowsImported: job.rowsImported, rowsSkipped: job.rowsSkipped, bytesRead: bytes, fraction, rowsPerSecond, secondsLeft, updatedAt: iso(job.progressAt) };
}

export function toJobSummary(job: JobRow): ImportJobSummary {
  return {
    id: job.id,
    format: job.format,
    fileName: job.fileName,
    sizeBytes: Number(job.sizeBytes),
    status: job.status,
    createdBy: job.createdBy,
    createdAt: job.createdAt.toISOString(),
    confirmedAt: iso(job.confirmedAt),
    startedAt: iso(job.startedAt),
    finishedAt: iso(job.finishedAt),
    progress: progressOf(job),
    error: job.errorMessage,
  };
}

/** A preview row of a file row's outcome, with the names an editor reads. */
export function previewRow(line: number, excerpt: string, outcome: { event?: ImportedEvent; skip?: Skip }, ref: Reference): PreviewRow {
  const { event, skip } = outcome;
  const actor = (code: string) => ref.actors.get(code)?.name ?? code;
  return {
    line,
    excerpt,
    event: event ? { ...event, sourceName: actor(event.source), targetName: actor(event.target), codeName: ref.cameo.get(event.code)?.name ?? event.code } : null,
    skip: skip ? { ...skip, label: SKIP_KINDS[skip.kind] } : null,
  };
}

/** The whole job: summary, preview, skipped rows by kind and drafts left. */
export async function loadImportJob(db: Db, id: string): Promise<ImportJobDto | null> {
  const job = await db.importJob.findUnique({ where: { id }, select: { ...jobSummarySelect, preview: true } });
  if (!job) return null;
  const [kinds, drafts] = await Promise.all([
    db.importSkip.groupBy({ by: ["kind"], where: { jobId: id }, _count: { _all: true } }),
    db.event.count({ where: { importJobId: id, status: "draft" } }),
  ]);
  const skippedByKind = kinds
    .map((k) => ({ kind: k.kind as keyof typeof SKIP_KINDS, label: SKIP_KINDS[k.kind as keyof typeof SKIP_KINDS] ?? k.kind, count: k._count._all }))
    .sort((a, b) => b.count - a.count);
  return { ...toJobSummary(job), preview: job.preview as Preview, skippedByKind, drafts };
}
