import Link from "next/link";

export default function ReleaseNotFound() {
  return (
    <>
      <h1>Release not found</h1>
      <p className="lede">
        There is no release at this address. A discarded draft is gone for good; the{" "}
        <Link href="/studio/releases">list of releases</Link> has every draft and published release.
      </p>
    </>
  );
}
