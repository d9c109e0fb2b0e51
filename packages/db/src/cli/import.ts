// `npm run db:import -- <file>` (or `-` for stdin): loads a full export into an empty database
// (DATABASE_URL, or the embedded one, made when missing), migrating a new one first. All or
// nothing: a refused or failed import leaves the database as it was. Progress goes to stderr.
import { createReadStream } from "node:fs";
import { access } from "node:fs/promises";
import { importDatabase } from "../portable";
import { fileArgument, openCliDatabase } from "../portable/database";

const source = fileArgument("Name the export to import, e.g. `npm run db:import -- backup.jsonl` (or `-` for standard input).");

const started = performance.now();
try {
  if (source !== "-") await access(source).catch(() => Promise.reject(new Error(`Cannot read ${source}: there is no such file.`)));
  const database = await openCliDatabase({ mustExist: false });
  try {
    console.error(`Importing ${source === "-" ? "standard input" : source} into ${database.label} …`);
    const input = source === "-" ? process.stdin : createReadStream(source);
    const counts = await importDatabase(database.url, input, { log: (message) => console.error(`  ${message}`) });
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.error(`Imported ${rows} rows of ${Object.keys(counts).length} tables in ${seconds} s.`);
  } finally {
    await database.close();
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
