/**
 * The security headers every response carries (issue 8). Pure, so the policy is unit-tested;
 * src/proxy.ts applies it per request with a fresh nonce.
 */

import { visitorOrigin } from "./visitor-origin";

export interface SecurityContext {
  /** The request's path, e.g. "/embed/dyads/rus-usa". */
  pathname: string;
  /** A fresh, unguessable value for this response only; Next stamps it on its own scripts. */
  nonce: string;
  /** Served over TLS (directly or behind a proxy that says so): only then is HSTS sent. */
  https: boolean;
  /** React's development build needs eval for its debugging aids; production never does. */
  development: boolean;
}

/** Only the embed page exists to be framed by other sites. */
export function isEmbedPath(pathname: string): boolean {
  return /^\/embed\/dyads\/[^/]+\/?$/.test(pathname);
}

/**
 * Scripts run only with this response's nonce (and what those scripts load: 'strict-dynamic').
 * Inline styles stay allowed because the SVG charts position and colour with style attributes.
 */
export function contentSecurityPolicy({ pathname, nonce, development }: SecurityContext): string {
  const directives: Record<string, string> = {
    "default-src": "'self'",
    "script-src": `'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src": "'self' 'unsafe-inline'",
    // The chart's PNG/SVG export draws through a canvas and hands the file over as a blob.
    "img-src": "'self' data: blob:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": isEmbedPath(pathname) ? "*" : "'none'",
  };
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");
}

/** Every header for one response, by name; the policy is also handed to Next on the request. */
export type SecurityHeaders = Record<string, string> & { "Content-Security-Policy": string };

/** Every header for one response, by name. */
export function securityHeaders(context: SecurityContext): SecurityHeaders {
  const headers: SecurityHeaders = {
    "Content-Security-Policy": contentSecurityPolicy(context),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
  };
  // Older browsers ignore frame-ancestors; they still honour X-Frame-Options.
  if (!isEmbedPath(context.pathname)) headers["X-Frame-Options"] = "DENY";
  // Over plain HTTP browsers ignore HSTS, and sending it would only confuse local setups.
  if (context.https) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}

/** A base64 nonce from 128 random bits. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The headers for a request as it arrived: over TLS directly, or through a proxy that says so. */
export function securityHeadersFor(request: Pick<Request, "url" | "headers">, nonce = createNonce()): SecurityHeaders {
  return securityHeaders({
    pathname: new URL(request.url).pathname,
    nonce,
    https: visitorOrigin(request.headers, request.url).protocol === "https:",
    development: process.env.NODE_ENV === "development",
  });
}

/**
 * An API route's handler with the headers src/proxy.ts gives everything else: the REST API skips
 * the proxy, whose per-request work (and, for uploads, its 10 MB body copy) it does not need.
 */
export function withSecurityHeaders(handler: (request: Request) => Response | Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    const response = await handler(request);
    for (const [name, value] of Object.entries(securityHeadersFor(request))) response.headers.set(name, value);
    return response;
  };
}
