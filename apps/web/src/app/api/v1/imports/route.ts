// POST /api/v1/imports: an import file's upload, streamed to disk (packages/api/src/rest/import-upload.ts).
// Its own route, beside the REST API's catch-all, because its body is a file of up to 100 MB
// rather than JSON of up to 1 MB.
import { handleImportUpload } from "@rti/api";

export const dynamic = "force-dynamic";

export { handleImportUpload as POST, handleImportUpload as OPTIONS, handleImportUpload as GET, handleImportUpload as PUT, handleImportUpload as PATCH, handleImportUpload as DELETE };
