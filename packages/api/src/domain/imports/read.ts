// Reading a file's rows as a stream (csv-parse), and mapping each to an event or a skip. Memory
// stays flat: rows are handed on one at a time and nothing of the file is kept.
import { createReadStream } from "node:fs";
import { CsvError, parse } from "csv-parse";
import { DomainError } from "../../errors";
import type { Layout } from "./formats";
import { GDELT_MAPPING, gdeltIndex, mapGdeltRow } from "./gdelt";
import type { Reference } from "../reference";
import { skip, type RowOutcome } from "./rows";
import { mapTemplateRow, TEMPLATE_COLUMNS } from "./template";

export interface FileRow {
  /** The line of the file the row starts on (1-based). */
  line: number;
  fields: string[];
  /** The row as the file has it, cut to EXCERPT_LENGTH characters. */
  excerpt: string;
  /** The row holds NUL bytes, which no text column can store. */
  binary: boolean;
}

export const EXCERPT_LENGTH = 200;

/**
 * The rows of a file, in order. `progress` is told the bytes read so far. A file that cannot be
 * read on (an unclosed quote) ends in a DomainError naming the line.
 */
export async function* readRows(path: string, layout: Layout, progress?: (bytesRead: number) => void): AsyncGenerator<FileRow> {
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  const parser = file.pipe(
    parse({ delimiter: layout.delimiter, from_line: layout.header ? 2 : 1, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, raw: true }),
  );
  // Lines are counted from each record's raw text (the empty lines before it, its own line
  // breaks): csv-parse's `info` option would count them too, but makes parsing an eighth slower.
  let next = layout.header ? 2 : 1;
  try {
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      let start = 0;
      for (let c = raw.charCodeAt(0); c === 10 || c === 13; c = raw.charCodeAt(++start)) if (c === 10) next++;
      let end = raw.length;
      if (raw.charCodeAt(end - 1) === 10) end--;
      if (raw.charCodeAt(end - 1) === 13) end--;
      const line = next;
      for (let i = raw.indexOf("\n", start); i !== -1 && i < end; i = raw.indexOf("\n", i + 1)) next++;
      next++;
      const binary = raw.includes("\0");
      const text = raw.slice(start, end);
      progress?.(file.bytesRead);
      yield { line, fields: record, excerpt: (binary ? text.replaceAll("\0", "") : text).slice(0, EXCERPT_LENGTH), binary };
    }
  } catch (error) {
    if (error instanceof CsvError) throw new DomainError("UNPROCESSABLE", `The file cannot be read from line ${next} on: ${error.message}`, { cause: error });
    throw error;
  } finally {
    file.destroy();
  }
}

/** The mapping of one row of the layout's format, with the reference data at hand. */
export function rowMapper(layout: Layout, ref: Reference): (row: FileRow) => RowOutcome {
  const count = layout.columns.length;
  const index = gdeltIndex(layout.columns);
  const version = layout.format === "gdelt2" ? 2 : 1;
  const map = layout.format === "csv" ? (fields: string[]) => mapTemplateRow(fields, layout.columns, ref) : (fields: string[]) => mapGdeltRow(fields, index, ref, version);
  return ({ fields, binary }) => {
    if (binary) return skip("field", "This row holds NUL bytes: it is not text.");
    if (fields.length !== count) {
      return skip("columns", `This row has ${fields.length} column${fields.length === 1 ? "" : "s"}; the file's ${layout.header ? "header has" : "format has"} ${count}.`);
    }
    return map(fields);
  };
}

/** Which column of the file feeds which event field, for the preview. */
export function mappingOf(layout: Layout): { field: string; from: string; note: string }[] {
  if (layout.format !== "csv") return GDELT_MAPPING.map((m) => ({ ...m }));
  return TEMPLATE_COLUMNS.filter((c) => layout.columns.includes(c.name)).map((c) => ({ field: c.name, from: c.name, note: c.description }));
}
