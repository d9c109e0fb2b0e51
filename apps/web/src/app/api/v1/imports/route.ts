// POST /api/v1/imports: an import file's upload, streamed to disk (packages/api/src/rest/import-upload.ts).
// Its own route, beside the REST API's catch-all, because its body is a file of up to 100 MB
// rather than JSON of up to 1 MB. src/proxy.ts leaves it alone (it would cut the body at 10 MB),
// so the security headers are set here.
import { handleImportUpload } from "@rti/api";
import { securityHeadersFor } from "~/lib/security-headers";

export const dynamic = "force-dynamic";

async function upload(request: Request): Promise<Response> {
  const response = await handleImportUpload(request);
  for (const [name, value] of Object.entries(securityHeadersFor(request))) response.headers.set(name, value);
  return response;
}

export { upload as POST, upload as OPTIONS, upload as GET, upload as PUT, upload as PATCH, upload as DELETE };
