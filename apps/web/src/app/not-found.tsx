import Link from "next/link";
import { SiteChrome } from "~/components/site-chrome";

// Addresses that match no route land here, outside the (site) layout, so it brings the chrome itself.
export default function NotFound() {
  return (
    <SiteChrome>
      <h1>Page not found</h1>
      <p className="lede">
        There is nothing at this address. The <Link href="/">dashboard</Link> lists every dyad the index covers.
      </p>
    </SiteChrome>
  );
}
