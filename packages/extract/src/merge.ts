// From the drafts of an article to its candidates: the same action reported twice becomes one.
import { dayString } from "./calendar";
import { knownCode, rootCode } from "./cameo";
import type { DateChoice } from "./dating";
import type { Sentence } from "./sentences";
import { headline } from "./title";
import type { CameoReference, Candidate } from "./types";

export interface Draft {
  source: string;
  target: string;
  code: string;
  ruleCode: string;
  title: string | undefined;
  alternatives: string[];
  date: DateChoice;
  sentence: Sentence;
}

// Roots whose events are mutual: "A met B" and "B met A" on one day are one meeting.
const MUTUAL = new Set(["03", "04", "05", "06"]);

/**
 * The same action reported twice (same pair, same day, same root code) is one candidate: the
 * most specific code, the first sentence. An act dated only by the day it was reported on
 * ("…, the army said on Tuesday") is the same act as one the article dates a day or two earlier.
 */
export function merge(drafts: Draft[], cameo: CameoReference, original: string): Candidate[] {
  const merged = new Map<string, Draft>();
  const earlier = (draft: Draft) =>
    drafts.find(
      (other) =>
        other !== draft &&
        !other.date.reported &&
        other.source === draft.source &&
        other.target === draft.target &&
        rootCode(other.code) === rootCode(draft.code) &&
        other.date.day < draft.date.day &&
        draft.date.day - other.date.day <= 2,
    );
  for (const reported of drafts.filter((draft) => draft.date.reported)) earlier(reported)?.alternatives.push(reported.code);
  for (const draft of drafts) {
    if (draft.date.reported && earlier(draft)) continue;
    const root = rootCode(draft.code);
    const pair = MUTUAL.has(root) ? [draft.source, draft.target].sort().join("-") : `${draft.source}>${draft.target}`;
    const key = `${draft.date.day}|${root}|${pair}`;
    const existing = merged.get(key);
    if (!existing) {
      merged.set(key, { ...draft, alternatives: [...draft.alternatives] });
      continue;
    }
    existing.alternatives.push(draft.code, ...draft.alternatives);
    if (draft.code.length > existing.code.length) {
      existing.alternatives.push(existing.code);
      Object.assign(existing, { code: draft.code, ruleCode: draft.ruleCode, title: draft.title });
    }
  }
  const candidates: Candidate[] = [];
  for (const draft of merged.values()) {
    const code = knownCode(draft.code, cameo);
    if (!code) continue;
    const alternatives = [...new Set(draft.alternatives.map((alternative) => knownCode(alternative, cameo)))]
      .filter((alternative): alternative is string => alternative !== undefined && alternative !== code)
      .slice(0, 3)
      .map((alternative) => ({ code: alternative, name: cameo.name(alternative)!, intensity: cameo.goldstein(alternative) ?? 0 }));
    candidates.push({
      date: dayString(draft.date.day),
      datePrecision: draft.date.precision,
      certainty: draft.date.certainty,
      dateText: draft.date.text,
      source: draft.source,
      target: draft.target,
      dyad: [draft.source, draft.target].map((actor) => actor.toLowerCase()).sort().join("-"),
      code,
      codeName: cameo.name(code)!,
      intensity: cameo.goldstein(code) ?? 0,
      alternatives,
      title: headline(draft.title, draft.ruleCode, code, draft.source, draft.target),
      evidence: { text: original.slice(draft.sentence.start, draft.sentence.end), start: draft.sentence.start, end: draft.sentence.end },
    });
  }
  return candidates.sort((a, b) => a.evidence.start - b.evidence.start);
}
