import Link from "next/link";

export default function EventNotFound() {
  return (
    <>
      <h1>Event not found</h1>
      <p className="lede">
        No published release includes an event with this address: the address may be mistyped, or the event has not been
        released yet. Each dyad on the <Link href="/">dashboard</Link> lists its events, and the{" "}
        <Link href="/releases">releases</Link> list the events each one added, changed or retracted.
      </p>
    </>
  );
}
