/**
 * Where a visitor reached the site: what a proxy in front says (X-Forwarded-Proto and -Host),
 * else the request's own Host and address. Pages show absolute addresses from it, the security
 * headers decide on HSTS by it, and the page cache keys pages by it.
 */
export function visitorOrigin(headers: Headers, requestUrl = "http://localhost"): URL {
  const url = new URL(requestUrl);
  const first = (name: string) => headers.get(name)?.split(",")[0]?.trim();
  const proto = first("x-forwarded-proto") || url.protocol.replace(":", "");
  const host = first("x-forwarded-host") || headers.get("host") || url.host;
  return new URL(`${proto}://${host}`);
}
