"use client";
// Any two revisions side by side. Until the reader picks, it compares the previous revision
// with the latest, following the event as it changes.
import type { EventDetail } from "@rti/api";
import { useId, useState } from "react";
import { RevisionDiff } from "~/components/studio/revision-diff";

export function RevisionCompare({ event }: { event: EventDetail }) {
  const id = useId();
  const [choice, setChoice] = useState<{ from: number; to: number } | null>(null);
  const { revisions, headNumber } = event;

  if (revisions.length < 2) {
    return <p className="muted">There is only one revision so far, so there is nothing to compare yet.</p>;
  }
  // Revisions are never deleted, so a choice stays valid as new ones arrive.
  const from = choice?.from ?? headNumber - 1;
  const to = choice?.to ?? headNumber;
  const left = revisions.find((r) => r.number === from);
  const right = revisions.find((r) => r.number === to);
  if (!left || !right) return null;
  const options = [...revisions].reverse().map((r) => (
    <option key={r.number} value={r.number}>
      Revision {r.number} · {r.author.name}
    </option>
  ));

  return (
    <>
      <div className="compare-pickers">
        <div className="field">
          <label htmlFor={`${id}-from`}>Compare revision</label>
          <select id={`${id}-from`} value={from} onChange={(e) => setChoice({ from: Number(e.target.value), to })}>
            {options}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>with revision</label>
          <select id={`${id}-to`} value={to} onChange={(e) => setChoice({ from, to: Number(e.target.value) })}>
            {options}
          </select>
        </div>
      </div>
      <RevisionDiff
        left={left}
        right={right}
        leftLabel={`Revision ${from}`}
        rightLabel={`Revision ${to}`}
        caption={`Revision ${from} compared with revision ${to}`}
      />
    </>
  );
}
