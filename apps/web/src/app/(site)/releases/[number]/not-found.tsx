import Link from "next/link";

export default function ReleaseNotFound() {
  return (
    <>
      <h1>Release not found</h1>
      <p className="lede">
        There is no published release with this number. The <Link href="/releases">list of releases</Link> has every
        edition published so far.
      </p>
    </>
  );
}
