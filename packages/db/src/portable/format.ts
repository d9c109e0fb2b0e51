// The export file: JSON lines. A header, one line per row, a trailer:
//   {"format":"rti-export","version":1,"migration":"0006_imports","tables":["user",…],"exportedAt":"…"}
//   {"t":"user","r":{…the row as PostgreSQL's row_to_json writes it…}}
//   {"end":{"user":4,…}}
// (json and jsonb values sit inside a one-element array, so JSON null stays apart from NULL: tables.ts.)
// exportedAt comes last in the header, so two exports of the same data differ only there.
// The trailer's row counts let the import tell a complete file from a cut-off one.

export const FORMAT = "rti-export";
export const FORMAT_VERSION = 1;

export interface Header {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  /** The last migration applied to the exported database: the import needs the same. */
  migration: string;
  /** Exported tables in file order. */
  tables: string[];
  exportedAt: string;
}

export type Trailer = { end: Record<string, number> };

export class PortableFormatError extends Error {
  override name = "PortableFormatError";
}

export const headerLine = (h: Omit<Header, "format" | "version">) =>
  JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, migration: h.migration, tables: h.tables, exportedAt: h.exportedAt });

/** The start of a row line of `table`; the row's JSON follows, then "}". */
export const rowPrefix = (table: string) => `{"t":${JSON.stringify(table)},"r":`;

export const trailerLine = (counts: Record<string, number>) => JSON.stringify({ end: counts } satisfies Trailer);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function parseHeader(line: string | undefined): Header {
  let h: unknown;
  try {
    h = JSON.parse(line ?? "");
  } catch {
    h = null;
  }
  if (!isObject(h) || h.format !== FORMAT) throw new PortableFormatError(`This is not an RTI export: its first line is not an ${FORMAT} header.`);
  if (h.version !== FORMAT_VERSION) throw new PortableFormatError(`This export is in format version ${String(h.version)}; this RTI reads version ${FORMAT_VERSION}.`);
  const tables = h.tables;
  if (typeof h.migration !== "string" || !Array.isArray(tables) || !tables.every((t) => typeof t === "string") || typeof h.exportedAt !== "string") {
    throw new PortableFormatError("The export's header is damaged: it needs migration, tables and exportedAt.");
  }
  return h as unknown as Header;
}

/** A row line split into its table and the row's JSON text, which is passed on to PostgreSQL as it is. */
export function parseRow(line: string, lineNumber: number): { table: string; json: string } | Trailer {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    throw new PortableFormatError(`Line ${lineNumber} of the export is not valid JSON (${(error as Error).message}).`);
  }
  if (isObject(parsed) && isObject(parsed.end) && Object.keys(parsed).length === 1) return parsed as Trailer;
  // The exact layout export writes, so the row's text can be cut out without re-serialising
  // it (JavaScript numbers would round big numerics and bigints).
  const table = isObject(parsed) && typeof parsed.t === "string" ? parsed.t : null;
  const prefix = table === null ? "" : rowPrefix(table);
  if (table === null || !isObject(parsed) || !isObject(parsed.r) || Object.keys(parsed).length !== 2 || !line.startsWith(prefix) || !line.endsWith("}")) {
    throw new PortableFormatError(`Line ${lineNumber} of the export is not a row line ({"t":"<table>","r":{…}}).`);
  }
  return { table, json: line.slice(prefix.length, -1) };
}
