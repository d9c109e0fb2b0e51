// The article with each candidate's evidence marked, numbered like the candidates, so an editor
// sees at a glance which sentence each one comes from. Overlapping evidence (one sentence, two
// events) is marked once, with both numbers.
import { Fragment } from "react";

export interface Marked {
  start: number;
  end: number;
  numbers: number[];
}

/** The evidence ranges, merged where they are the same sentence, in text order. */
export function markedRanges(evidence: { start: number; end: number }[]): Marked[] {
  const byRange = new Map<string, Marked>();
  evidence.forEach((e, i) => {
    const key = `${e.start}:${e.end}`;
    const found = byRange.get(key) ?? { start: e.start, end: e.end, numbers: [] };
    found.numbers.push(i + 1);
    byRange.set(key, found);
  });
  const sorted = [...byRange.values()].sort((a, b) => a.start - b.start);
  // A range that overlaps the one before it is dropped from the marks (its card still quotes it).
  return sorted.filter((m, i) => i === 0 || m.start >= sorted[i - 1]!.end);
}

export function ArticleText({ text, marks, active }: { text: string; marks: Marked[]; active: number | null }) {
  // Each mark with the plain text between it and the one before.
  const pieces = marks.map((m, i) => ({ mark: m, before: text.slice(i === 0 ? 0 : marks[i - 1]!.end, m.start) }));
  return (
    <div className="article-text" tabIndex={0} role="region" aria-label="The article, with the evidence of each candidate marked">
      {pieces.map(({ mark: m, before }) => (
        <Fragment key={m.start}>
          {before}
          <mark id={`evidence-${m.numbers[0]}`} className={active !== null && m.numbers.includes(active) ? "active" : undefined}>
            <sup className="evidence-number">{m.numbers.join(", ")}</sup>
            {text.slice(m.start, m.end)}
          </mark>
        </Fragment>
      ))}
      {text.slice(marks.at(-1)?.end ?? 0)}
    </div>
  );
}
