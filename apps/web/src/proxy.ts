import { NextResponse, type NextRequest } from "next/server";
import { createNonce, securityHeaders } from "~/lib/security-headers";

/** Sends the security headers (lib/security-headers.ts) with every page and API answer. */
export function proxy(request: NextRequest) {
  const forwardedProto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const headers = securityHeaders({
    pathname: request.nextUrl.pathname,
    nonce: createNonce(),
    https: forwardedProto === "https" || request.nextUrl.protocol === "https:",
    development: process.env.NODE_ENV === "development",
  });

  // Next reads the nonce from the request's CSP header and stamps it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Built files and the icons are immutable and carry no markup to protect.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
