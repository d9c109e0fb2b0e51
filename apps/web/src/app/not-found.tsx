import Link from "next/link";
import { connection } from "next/server";
import { SiteChrome } from "~/components/site-chrome";

// Addresses that match no route land here, outside the (site) layout, so it brings the chrome itself.
export default async function NotFound() {
  // Rendered per request: a page built once would carry no CSP nonce, and its scripts would be blocked.
  await connection();
  return (
    <SiteChrome>
      <h1>Page not found</h1>
      <p className="lede">
        There is nothing at this address. The <Link href="/">dashboard</Link> lists every dyad the index covers.
      </p>
    </SiteChrome>
  );
}
