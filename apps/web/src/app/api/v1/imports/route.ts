// POST /api/v1/imports: an import file's upload, streamed to disk (packages/api/src/rest/import-upload.ts).
// Its own route, beside the REST API's catch-all, because its body is a file of up to 100 MB
// rather than JSON of up to 1 MB.
import { handleImportUpload } from "@rti/api";
import { withSecurityHeaders } from "~/lib/security-headers";

export const dynamic = "force-dynamic";

const upload = withSecurityHeaders(handleImportUpload);

export { upload as POST, upload as OPTIONS, upload as GET, upload as PUT, upload as PATCH, upload as DELETE };
