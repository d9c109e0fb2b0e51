// The REST API (lib/rest-api.ts): every method goes to the one handler, which answers unknown
// paths with 404, other methods with 405, and OPTIONS as a CORS preflight. In production its reads
// are answered before they reach Next (server/api-reads.ts); this serves the rest, and all of it
// in development.
import { restApi } from "~/lib/rest-api";

export const dynamic = "force-dynamic";

export { restApi as GET, restApi as POST, restApi as PATCH, restApi as PUT, restApi as DELETE, restApi as OPTIONS };
