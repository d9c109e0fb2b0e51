// The preview an editor confirms an import from: the file's first rows as they would be
// imported or skipped, and a few more that would be imported, for files (like GDELT's) whose
// first rows are mostly skipped.
import type { Db } from "@rti/db";
import { DomainError } from "../../errors";
import { previewRow, type Preview, type PreviewRow } from "./dto";
import type { Layout } from "./formats";
import { mappingOf, readRows, rowMapper } from "./read";
import type { Reference } from "../reference";
import { ALREADY_IMPORTED } from "./rows";

const FIRST_ROWS = 20;
const MORE_IMPORTED = 5;
const LOOK_AHEAD = 10_000;

export async function buildPreview(db: Db, path: string, layout: Layout, ref: Reference): Promise<Preview> {
  const map = rowMapper(layout, ref);
  const rows: PreviewRow[] = [];
  let read = 0;
  let more = 0;
  for await (const row of readRows(path, layout)) {
    read++;
    const outcome = map(row);
    if (read <= FIRST_ROWS || (outcome.event && more++ < MORE_IMPORTED)) rows.push(previewRow(row.line, row.excerpt, outcome, ref));
    if (read >= LOOK_AHEAD || (read >= FIRST_ROWS && more >= MORE_IMPORTED)) break;
  }
  if (read === 0) throw new DomainError("UNPROCESSABLE", layout.header ? "The file has a header line but no rows." : "The file has no rows.");

  // Rows imported before (or repeated in the preview) would be skipped: say so already.
  const ids = rows.flatMap((r) => (r.event?.externalId ? [r.event.externalId] : []));
  const known = new Set((await db.event.findMany({ where: { externalId: { in: ids } }, select: { externalId: true } })).map((e) => e.externalId));
  for (const row of rows) {
    const id = row.event?.externalId;
    if (!id) continue;
    if (known.has(id)) Object.assign(row, previewRow(row.line, row.excerpt, { skip: ALREADY_IMPORTED }, ref));
    known.add(id);
  }
  return { columns: [...layout.columns], mapping: mappingOf(layout), rows };
}
