// The REST API (packages/api/src/rest/handler.ts): every method goes to the one handler, which
// answers unknown paths with 404, other methods with 405, and OPTIONS as a CORS preflight.
import { handleRestRequest } from "@rti/api";

export const dynamic = "force-dynamic";

export { handleRestRequest as GET, handleRestRequest as POST, handleRestRequest as PATCH, handleRestRequest as PUT, handleRestRequest as DELETE, handleRestRequest as OPTIONS };
