// npm run api:types: regenerates packages/api/src/rest/openapi-types.ts from the REST API's
// OpenAPI document (commit the result; a test fails when it is stale).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generateOpenApiTypes, OPENAPI_TYPES_FILE } from "@rti/api/openapi-types";

writeFileSync(OPENAPI_TYPES_FILE, await generateOpenApiTypes());
console.log(`Wrote ${fileURLToPath(OPENAPI_TYPES_FILE)}`);
