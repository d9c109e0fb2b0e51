// The REST API (packages/api/src/rest/handler.ts): every method goes to the one handler, which
// answers unknown paths with 404, other methods with 405, and OPTIONS as a CORS preflight.
import { handleRestRequest } from "@rti/api";
import { withSecurityHeaders } from "~/lib/security-headers";

export const dynamic = "force-dynamic";

const rest = withSecurityHeaders(handleRestRequest);

export { rest as GET, rest as POST, rest as PATCH, rest as PUT, rest as DELETE, rest as OPTIONS };
