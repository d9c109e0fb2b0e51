// The REST API's OpenAPI document, generated from the procedures once per server process.
import { documentResponse } from "@rti/api";
import { withSecurityHeaders } from "~/lib/security-headers";

export const dynamic = "force-dynamic";

export const GET = withSecurityHeaders(documentResponse);
