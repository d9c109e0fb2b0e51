// The REST routes, read from the procedures' `meta.openapi` (the same table trpc-to-openapi
// serves from), for what it does not do: 405 with Allow, CSV renderings, the document's tweaks.
import { forEachOpenApiProcedure, getPathRegExp, normalizePath, type OpenApiMethod } from "trpc-to-openapi";
import { appRouter } from "../root";
import type { RestMeta } from "./meta";

export interface RestRoute {
  method: OpenApiMethod;
  /** As the document writes it: "/dyads/{slug}/series". */
  path: string;
  pattern: RegExp;
  /** The procedure's path in the tRPC router: "v1.events.create". */
  procedure: string;
  /** What each error status means here, as the procedure's meta.openapi.errorResponses says. */
  errors: Record<string, string>;
  rest: RestMeta;
}

export const REST_ROUTES: RestRoute[] = [];
forEachOpenApiProcedure(appRouter._def.procedures, ({ path: procedure, meta }) => {
  const path = normalizePath(meta.openapi.path);
  const { errorResponses = {} } = meta.openapi;
  const errors = Array.isArray(errorResponses) ? {} : Object.fromEntries(Object.entries(errorResponses).map(([status, text]) => [status, String(text)]));
  REST_ROUTES.push({ method: meta.openapi.method, path, pattern: getPathRegExp(path), procedure, errors, rest: (meta.rest as RestMeta | undefined) ?? {} });
});

/** The routes at a path (under /api/v1), one per method; the first match wins, as in trpc-to-openapi. */
export function routesAt(path: string): Map<OpenApiMethod, RestRoute> {
  const found = new Map<OpenApiMethod, RestRoute>();
  const normal = normalizePath(path);
  for (const route of REST_ROUTES) if (!found.has(route.method) && route.pattern.test(normal)) found.set(route.method, route);
  return found;
}
