"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <h1>Something went wrong</h1>
      <p className="lede">The page could not be loaded. This is on our side; please try again in a moment.</p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </>
  );
}
