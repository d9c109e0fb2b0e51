"use client";
// How every action on an event reports back: success in a polite live region, failure as an
// alert with the API's own words. A conflict means someone else changed the event meanwhile, so
// it offers to reload the event instead of retrying blindly.
import { useEffect, useRef } from "react";
import type { ApiProblem } from "~/lib/errors";

/**
 * Always rendered, so screen readers announce the message when it appears. `takeFocus` moves
 * focus to the message, for actions whose button disappears once they succeed.
 */
export function ActionStatus({ message, takeFocus = false }: { message: string | null; takeFocus?: boolean }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message && takeFocus) ref.current?.focus();
  }, [message, takeFocus]);
  return (
    <div role="status">
      {message ? (
        <p ref={ref} className="success" tabIndex={-1}>
          {message}
        </p>
      ) : null}
    </div>
  );
}

/** `onClear` forgets the problem once the reader reloads the event. */
export function ActionError({
  problem,
  onReload,
  onClear,
}: {
  problem: ApiProblem | null;
  onReload?: () => void;
  onClear?: () => void;
}) {
  if (!problem) return null;
  if (problem.code === "CONFLICT" && onReload) {
    return (
      <div role="alert" className="alert">
        <p>
          <strong>This event changed meanwhile.</strong> {problem.message}
        </p>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            onClear?.();
            onReload();
          }}
        >
          Reload the event
        </button>
      </div>
    );
  }
  return (
    <p role="alert" className="alert">
      {problem.message}
    </p>
  );
}
