import { NextResponse, type NextRequest } from "next/server";
import { securityHeadersFor } from "~/lib/security-headers";

/** Sends the security headers (lib/security-headers.ts) with every page and API answer. */
export function proxy(request: NextRequest) {
  const headers = securityHeadersFor(request);

  // Next reads the nonce from the request's CSP header and stamps it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Built files and the icons are immutable and carry no markup to protect. The import upload
  // sets its headers itself: Next copies the body of a request that passes through here into
  // memory and keeps only its first 10 MB, which cut uploads short without an error.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|api/v1/imports$).*)"],
};
