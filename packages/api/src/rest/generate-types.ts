// TypeScript types of the REST API, generated from its OpenAPI document with openapi-typescript
// (`npm run api:types` writes them to openapi-types.ts; a test fails when that file is stale).
import openapiTS, { astToString, COMMENT_HEADER } from "openapi-typescript";
import { buildDocument } from "./document";

export const OPENAPI_TYPES_FILE = new URL("./openapi-types.ts", import.meta.url);

export async function generateOpenApiTypes(): Promise<string> {
  // openapi-typescript resolves references in place: give it a copy.
  const ast = await openapiTS(structuredClone(buildDocument()) as never);
  return COMMENT_HEADER + astToString(ast);
}
