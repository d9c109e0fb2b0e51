import { NextResponse, type NextRequest } from "next/server";
import { createNonce, securityHeadersFor } from "~/lib/security-headers";

/**
 * Sends the security headers (lib/security-headers.ts) with every page. Anonymous views of public
 * pages are answered before they reach here, from memory (server/page-cache.ts).
 */
export function proxy(request: NextRequest) {
  const headers = securityHeadersFor(request, createNonce());
  const response = rendered(request, headers["Content-Security-Policy"]);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** The request on to Next, which reads the nonce from its CSP header and stamps it on the scripts it renders. */
function rendered(request: NextRequest, csp: string): Response {
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = {
  // Built files and the icons are immutable and carry no markup to protect. The REST API sets its
  // headers itself (lib/security-headers.ts withSecurityHeaders): passing through here cost its
  // cached reads 40 % of their time, and Next copies the body of a request that passes through
  // here into memory keeping only its first 10 MB, which cut uploads short silently.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|api/v1/).*)"],
};
