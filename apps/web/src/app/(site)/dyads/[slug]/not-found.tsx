import Link from "next/link";

export default function DyadNotFound() {
  return (
    <>
      <h1>Dyad not found</h1>
      <p className="lede">
        The index has no values for this pair of countries in this release: either the pair is unknown or no reviewed
        event between them fell before the release&apos;s cut-off. The <Link href="/">dashboard</Link> lists every dyad
        the index covers.
      </p>
    </>
  );
}
