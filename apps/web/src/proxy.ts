import { NextResponse, type NextRequest } from "next/server";
import { cachedPage, isCacheablePageRequest } from "~/lib/page-cache";
import { createNonce, securityHeadersFor } from "~/lib/security-headers";
import { visitorOrigin } from "~/lib/visitor-origin";

/**
 * Sends the security headers (lib/security-headers.ts) with every page and API answer, and
 * answers anonymous views of public pages from memory (lib/page-cache.ts).
 */
export async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const headers = securityHeadersFor(request, nonce);
  const response = (isCacheablePageRequest(request) && (await fromCache(request, nonce))) || rendered(request, headers["Content-Security-Policy"]);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** The page from memory; on any trouble (the database away, the server unreachable at its port) null, and the page is rendered as usual. */
async function fromCache(request: NextRequest, nonce: string): Promise<Response | null> {
  try {
    return await cachedPage(request, visitorOrigin(request.headers, request.url), nonce);
  } catch (error) {
    console.warn(`[rti] Page cache skipped for ${request.nextUrl.pathname}: ${(error as Error).message}`);
    return null;
  }
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
  // cached reads a third of their time, and Next copies the body of a request that passes
  // through here into memory keeping only its first 10 MB, which cut uploads short silently.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|api/v1/).*)"],
};
