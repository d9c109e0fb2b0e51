import Link from "next/link";

export default function EventNotFound() {
  return (
    <>
      <h1>Event not found</h1>
      <p className="lede">
        There is no event at this address. It may have been mistyped, or the link is incomplete. The{" "}
        <Link href="/studio/events">list of events</Link> has every event in the studio.
      </p>
    </>
  );
}
