import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p className="lede">
        There is nothing at this address. The <Link href="/">dashboard</Link> lists every dyad the index covers.
      </p>
    </>
  );
}
