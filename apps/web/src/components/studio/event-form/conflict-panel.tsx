"use client";
// Shown when a save lost a race: what the other person saved beside what this person typed,
// and the two ways forward. Nothing typed is lost until they choose to discard it.
import type { EventDetail } from "@rti/api";
import { useEffect, useRef } from "react";
import { RevisionDiff } from "~/components/studio/revision-diff";
import { whyNotEditable } from "./edit-rules";
import { comparableOf, headRevision, type FormValues } from "./form-values";
import { useReference } from "./use-reference";

export function ConflictPanel({
  latest,
  values,
  onApply,
  onDiscard,
}: {
  latest: EventDetail;
  values: FormValues;
  onApply: () => void;
  onDiscard: () => void;
}) {
  const { actors, codes } = useReference();
  const head = headRevision(latest);
  const closed = whyNotEditable(latest);
  const heading = useRef<HTMLHeadingElement>(null);

  // The save button that led here is now far below; bring keyboard focus to the news.
  useEffect(() => heading.current?.focus(), [head.number]);

  return (
    <section className="conflict" aria-labelledby="conflict-heading">
      <div role="alert">
        <h2 id="conflict-heading" ref={heading} tabIndex={-1}>
          Someone else saved revision {head.number} while you were editing
        </h2>
        <p>
          {head.author.name} saved it at {new Date(head.createdAt).toLocaleString()}
          {head.changeNote ? <> with the note “{head.changeNote}”</> : null}. Your changes are not saved yet, and
          nothing you typed is lost. Compare the two, then choose how to go on.
        </p>
      </div>
      <RevisionDiff
        left={head}
        right={comparableOf(values, actors, codes)}
        leftLabel={`Revision ${head.number}, saved by ${head.author.name}`}
        rightLabel="Your unsaved changes"
        caption="The latest revision against your changes"
      />
      {closed ? <p className="notice">{closed}</p> : null}
      <div className="actions">
        {closed ? null : (
          <button type="button" className="button" onClick={onApply}>
            Apply my changes to the latest revision
          </button>
        )}
        <button type="button" className="button secondary" onClick={onDiscard}>
          Discard my changes
        </button>
      </div>
      {closed ? null : (
        <p className="hint">
          Applying keeps everything you typed and saves it on top of revision {head.number}, replacing their values
          wherever the two differ. Discarding reloads the form with revision {head.number}.
        </p>
      )}
    </section>
  );
}
