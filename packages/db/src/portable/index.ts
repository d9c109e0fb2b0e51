// A full export of the product's data as JSON lines, and its import into an empty database.
export { exportDatabase, type ExportOptions } from "./export";
export { importDatabase, type ImportOptions } from "./import";
export { PortableFormatError } from "./format";
export { EXCLUDED_TABLES, MIGRATION_SEEDED_TABLES } from "./tables";
