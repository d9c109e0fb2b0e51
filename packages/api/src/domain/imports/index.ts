// Imports of event files (the CSV template, GDELT 1.0 and 2.0), for the API's procedures, the
// upload route, the server's start and the benchmark.
export { approveImport, type ApproveAllResult } from "./approve";
export { importJobSchema, importJobSummarySchema, loadImportJob, type ImportJobDto, type ImportJobSummary } from "./dto";
export { failInterruptedImports } from "./failure";
export { FORMAT_INFO, IMPORT_FORMATS, MAX_UPLOAD_BYTES } from "./formats";
export { cancelImport, confirmImport, createImport, getImport, listImports, listSkipped } from "./jobs";
export { loadReference } from "../reference";
export { importEnded, startImport, type RunOptions } from "./runner";
export { importsDir, storeUpload } from "./storage";
export { syntheticGdeltLines } from "./synthetic-gdelt";
export { TEMPLATE_COLUMNS, TEMPLATE_FILE_NAME, templateCsv } from "./template";
export { skippedCsv } from "./skipped-csv";
export { importDyadCounts, type ImportDyadCount } from "./dyad-counts";
