// The REST API as served: the handler (packages/api/src/rest/handler.ts) with the security
// headers. Next's route (app/api/v1/[...path]) and, in production, the server in front of Next
// (server/api-reads.ts) both answer with this one function.
import { handleRestRequest } from "@rti/api";
import { withSecurityHeaders } from "./security-headers";

export const restApi = withSecurityHeaders(handleRestRequest);
