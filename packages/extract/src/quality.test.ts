// The engine against hand-coded news articles (fixtures/README.md): a candidate counts when it
// has an expected event's day, pair of actors (either direction) and CAMEO root code; each
// expected event is matched at most once.
import { expect, it } from "vitest";
import { extractCandidates, type Candidate } from "./index";
import { cameoFromDatabaseFile, loadFixtures, type ExpectedEvent } from "./testing";

const MIN_RECALL = 0.8;
const MIN_PRECISION = 0.7;

function key(date: string, a: string, b: string, code: string): string {
  return `${date}|${[a, b].sort().join("-")}|${code.slice(0, 2)}`;
}

/** How many expected events the candidates find, each candidate used once. */
function matched(expected: ExpectedEvent[], candidates: Candidate[]): number {
  const available = new Map<string, number>();
  for (const candidate of candidates) {
    const k = key(candidate.date, candidate.source, candidate.target, candidate.code);
    available.set(k, (available.get(k) ?? 0) + 1);
  }
  let found = 0;
  for (const event of expected) {
    const k = key(event.date, event.source, event.target, event.rootCode);
    const left = available.get(k) ?? 0;
    if (left > 0) {
      available.set(k, left - 1);
      found++;
    }
  }
  return found;
}

function ratio(part: number, whole: number): string {
  return whole === 0 ? "  -  " : (part / whole).toFixed(2);
}

it(`finds at least ${MIN_RECALL * 100}% of the hand-coded events with at least ${MIN_PRECISION * 100}% precision`, () => {
  const cameo = cameoFromDatabaseFile();
  const rows: string[] = [];
  let expectedTotal = 0;
  let candidateTotal = 0;
  let matchedTotal = 0;
  for (const fixture of loadFixtures()) {
    const candidates = extractCandidates(fixture, cameo);
    const found = matched(fixture.expected, candidates);
    expectedTotal += fixture.expected.length;
    candidateTotal += candidates.length;
    matchedTotal += found;
    rows.push(
      `${fixture.file.replace(/\.json$/, "").padEnd(56)} ${String(fixture.expected.length).padStart(8)} ${String(candidates.length).padStart(10)} ${String(found).padStart(7)} ${ratio(found, candidates.length).padStart(9)} ${ratio(found, fixture.expected.length).padStart(6)}`,
    );
  }
  const precision = matchedTotal / candidateTotal;
  const recall = matchedTotal / expectedTotal;
  console.log(
    [
      `${"article".padEnd(56)} ${"expected".padStart(8)} ${"candidates".padStart(10)} ${"matched".padStart(7)} ${"precision".padStart(9)} ${"recall".padStart(6)}`,
      ...rows,
      `${"total".padEnd(56)} ${String(expectedTotal).padStart(8)} ${String(candidateTotal).padStart(10)} ${String(matchedTotal).padStart(7)} ${precision.toFixed(3).padStart(9)} ${recall.toFixed(3).padStart(6)}`,
    ].join("\n"),
  );
  expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
  expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION);
});
