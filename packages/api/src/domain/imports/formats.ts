// The file formats an import reads, and the check every file passes before anything of it is
// imported: not empty, text rather than binary, and the columns its format promises.
import { open, stat } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import type { ImportFormat } from "@rti/db";
import { DomainError } from "../../errors";
import { GDELT1_COLUMNS, GDELT2_COLUMNS } from "./gdelt";
import { TEMPLATE_COLUMNS, templateHeaderProblems } from "./template";

export const IMPORT_FORMATS = ["csv", "gdelt1", "gdelt2"] as const satisfies readonly ImportFormat[];

/** An upload can be at most this large (the runner itself streams files of any size). */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

export const FORMAT_INFO: Record<ImportFormat, { label: string; description: string; extensions: string[] }> = {
  csv: {
    label: "CSV template",
    description: `The project's template: comma-separated, a header line, one event a row. Columns: ${TEMPLATE_COLUMNS.map((c) => c.name + (c.required ? "" : " (optional)")).join(", ")}.`,
    extensions: [".csv"],
  },
  gdelt1: {
    label: "GDELT 1.0 events",
    description:
      "GDELT 1.0's event table: either a CSV extract with its header line (58 columns, NA for missing values), or a daily export as GDELT publishes it, unzipped (tab-separated, no header, 57 or 58 columns).",
    extensions: [".csv", ".CSV", ".tsv", ".txt"],
  },
  gdelt2: {
    label: "GDELT 2.0 event export",
    description: "A GDELT 2.0 event export as published every 15 minutes, unzipped: tab-separated, no header line, 61 columns.",
    extensions: [".CSV", ".csv", ".tsv", ".txt"],
  },
};

/** How to read a file's rows, found by inspectFile. */
export interface Layout {
  format: ImportFormat;
  delimiter: "," | "\t";
  /** Whether line 1 is a header (then not a row). */
  header: boolean;
  /** The columns in the file's order: its header, or the documented ones. */
  columns: readonly string[];
}

const refuse = (message: string) => new DomainError("UNPROCESSABLE", message);

const KB = 1024;
const SNIFF_BYTES = 64 * KB;

/** Why the first bytes of a file are not UTF-8 text, or null when they are. */
export function binaryProblem(bytes: Uint8Array): string | null {
  const starts = (...magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return "This is a ZIP archive, not a CSV file: unzip it and upload the file inside (GDELT's exports come zipped).";
  if (starts(0x1f, 0x8b)) return "This is a gzip-compressed file: decompress it and upload the file inside.";
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) return "This file is UTF-16 text: save it as CSV UTF-8 and upload it again.";
  if (bytes.includes(0)) return "This is a binary file (it contains NUL bytes), not a CSV or tab-separated text file.";
  try {
    // stream: a character cut at the end of the sample is not an error.
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return "This file is not UTF-8 text (its first kilobyte has bytes that are not UTF-8): save it as CSV UTF-8 and upload it again.";
  }
  return null;
}

const cells = (line: string, delimiter: string): string[] => (parse(line, { delimiter, relax_quotes: true, relax_column_count: true })[0] as string[] | undefined) ?? [];

function templateLayout(first: string): Layout {
  if (!first.includes(",") && first.includes("\t")) {
    throw refuse("This file is tab-separated; the template is comma-separated. For GDELT's tab-separated exports choose GDELT 1.0 or GDELT 2.0.");
  }
  const header = cells(first, ",").map((name) => name.trim().toLowerCase());
  if (header.includes("globaleventid")) throw refuse("This is a GDELT file, not the template: choose the GDELT 1.0 format.");
  const problems = templateHeaderProblems(header);
  if (problems.length) {
    throw refuse(`The first line must be the template's header. ${problems.join(" ")} The template's columns are: ${TEMPLATE_COLUMNS.map((c) => c.name).join(", ")}.`);
  }
  return { format: "csv", delimiter: ",", header: true, columns: header };
}

function columnsProblem(found: readonly string[], expected: readonly string[]): string {
  const missing = expected.filter((name) => !found.includes(name));
  const extra = found.filter((name) => !expected.includes(name));
  const list = (names: string[]) => names.slice(0, 6).join(", ") + (names.length > 6 ? ` and ${names.length - 6} more` : "");
  if (missing.length || extra.length) {
    return [missing.length && `it lacks ${list(missing)}`, extra.length && `it has ${list(extra)}, which GDELT 1.0 does not`].filter(Boolean).join("; ");
  }
  return "its columns are in another order";
}

function gdelt1Layout(first: string): Layout {
  const tabs = first.includes("\t");
  if (first.includes("GLOBALEVENTID")) {
    const header = tabs ? first.split("\t") : cells(first, ",");
    if (header.length === GDELT1_COLUMNS.length && header.every((name, i) => name === GDELT1_COLUMNS[i])) {
      return { format: "gdelt1", delimiter: tabs ? "\t" : ",", header: true, columns: GDELT1_COLUMNS };
    }
    throw refuse(`This header is not GDELT 1.0's: ${columnsProblem(header, GDELT1_COLUMNS)}. A GDELT 1.0 file has these 58 columns in order: ${GDELT1_COLUMNS.join(", ")}.`);
  }
  if (tabs) {
    const count = first.split("\t").length;
    if (count === GDELT1_COLUMNS.length) return { format: "gdelt1", delimiter: "\t", header: false, columns: GDELT1_COLUMNS };
    // Daily exports before April 2013 had no SOURCEURL.
    if (count === GDELT1_COLUMNS.length - 1) return { format: "gdelt1", delimiter: "\t", header: false, columns: GDELT1_COLUMNS.slice(0, -1) };
    if (count === GDELT2_COLUMNS.length) throw refuse("This looks like a GDELT 2.0 export (61 columns): choose the GDELT 2.0 format.");
    throw refuse(`The first line has ${count} tab-separated columns; a GDELT 1.0 export has 57 or 58.`);
  }
  throw refuse("The first line is neither GDELT 1.0's header (GLOBALEVENTID,SQLDATE,MonthYear,…) nor a tab-separated GDELT 1.0 row.");
}

function gdelt2Layout(first: string): Layout {
  if (first.includes("GLOBALEVENTID")) {
    throw refuse("This file starts with a header line; GDELT 2.0 exports have none. If it is a GDELT 1.0 extract with a header, choose GDELT 1.0.");
  }
  if (!first.includes("\t")) throw refuse("This file is not tab-separated, as GDELT 2.0 exports are. For a comma-separated GDELT 1.0 extract choose GDELT 1.0; for your own events, the CSV template.");
  const count = first.split("\t").length;
  if (count === GDELT2_COLUMNS.length) return { format: "gdelt2", delimiter: "\t", header: false, columns: GDELT2_COLUMNS };
  if (count === GDELT1_COLUMNS.length || count === GDELT1_COLUMNS.length - 1) {
    throw refuse(`This looks like a GDELT 1.0 export (${count} columns): choose the GDELT 1.0 format.`);
  }
  throw refuse(`The first line has ${count} tab-separated columns; a GDELT 2.0 export has 61.`);
}

const LAYOUTS: Record<ImportFormat, (firstLine: string) => Layout> = { csv: templateLayout, gdelt1: gdelt1Layout, gdelt2: gdelt2Layout };

/**
 * Checks a stored file against its format and tells how to read it; refuses (DomainError
 * UNPROCESSABLE) an empty or binary file, or one whose columns are not the format's.
 */
export async function inspectFile(path: string, format: ImportFormat): Promise<Layout> {
  const { size } = await stat(path);
  if (size === 0) throw refuse("The file is empty.");
  const file = await open(path);
  let head: Uint8Array;
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(Math.min(size, SNIFF_BYTES)), 0, Math.min(size, SNIFF_BYTES), 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
  const problem = binaryProblem(head.subarray(0, KB));
  if (problem) throw refuse(problem);
  const text = Buffer.from(head).toString("utf8").replace(/^\uFEFF/, "");
  const end = text.indexOf("\n");
  if (end === -1 && size > SNIFF_BYTES) throw refuse("The first line is longer than 64 KB: this is not a CSV or tab-separated file.");
  const first = (end === -1 ? text : text.slice(0, end)).replace(/\r$/, "");
  if (first.trim() === "") throw refuse("The first line of the file is empty; it must be the header (or, for a GDELT export, the first row).");
  return LAYOUTS[format](first);
}
