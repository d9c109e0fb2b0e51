// `npm run db:export -- <file>` (or `-` for stdout): every table the product owns, as JSON
// lines (see ../portable), from DATABASE_URL or the embedded database. Progress goes to stderr.
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { finished } from "node:stream/promises";
import { exportDatabase } from "../portable";
import { fileArgument, openCliDatabase } from "../portable/database";

const target = fileArgument("Name the file to export to, e.g. `npm run db:export -- backup.jsonl` (or `-` for standard output).");

const started = performance.now();
const partial = `${target}.partial`;
try {
  const database = await openCliDatabase({ mustExist: true });
  try {
    console.error(`Exporting ${database.label} …`);
    // Written beside the target and renamed at the end, so a failed export leaves no file that looks whole.
    const out = target === "-" ? process.stdout : createWriteStream(partial);
    const counts = await exportDatabase(database.url, out, { onTable: (table, rows) => console.error(`  ${table}: ${rows} rows`) });
    if (out !== process.stdout) {
      out.end();
      await finished(out);
      await rename(partial, target);
    }
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.error(`Exported ${rows} rows of ${Object.keys(counts).length} tables${target === "-" ? "" : ` to ${target}`} in ${seconds} s.`);
  } finally {
    await database.close();
  }
} catch (error) {
  if (target !== "-") await rm(partial, { force: true });
  console.error((error as Error).message);
  process.exit(1);
}
