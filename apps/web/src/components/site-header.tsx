import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="inner">
        <Link href="/" className="brand">
          Relations <span>Tension</span> Index
        </Link>
        <nav className="site-nav" aria-label="Main">
          <Link href="/">Dashboard</Link>
          <Link href="/releases">Releases</Link>
          <Link href="/corrections">Corrections</Link>
          <Link href="/methodology">Methodology</Link>
          <Link href="/api/docs">API</Link>
          <Link href="/studio">Studio</Link>
        </nav>
      </div>
    </header>
  );
}
