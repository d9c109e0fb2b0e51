// Rule matches that are part of another match rather than events of their own: the object of a
// rule's words ("suspend talks with Russia"), and what a verbal reaction asks, alleges or
// threatens ("urged Russia [to stop its attacks]").
import { clauseAround, type Structure } from "./clauses";
import type { RuleMatch } from "./rules";

// Verbal reactions: what follows them is what is asked, alleged or threatened.
const GOVERNING = new Set(["appeal", "demand", "accuse", "criticize", "threaten", "reject"]);

/** The matches that belong to another, each with the match it belongs to. */
export function governed(sentence: string, matches: RuleMatch[], structure: Structure): Map<RuleMatch, RuleMatch> {
  const governor = new Map<RuleMatch, RuleMatch>();
  for (const outer of matches) {
    // A rule's words that hold another's verb make that verb its object: "suspend talks with
    // Russia" is no meeting, "offered to mediate" no mediation yet.
    if ((outer.rule.role ?? "act") !== "label") {
      for (const inner of matches) {
        if (inner.anchorStart > outer.anchorStart && inner.anchorStart < outer.matchEnd && inner.rule.role !== "label" && !governor.has(inner)) governor.set(inner, outer);
      }
    }
    if (!GOVERNING.has(outer.rule.role ?? "act")) continue;
    const [, clauseEnd] = clauseAround(structure, outer.anchorStart, outer.anchorEnd);
    for (const inner of matches) {
      const role = inner.rule.role ?? "act";
      if (inner.anchorStart <= outer.anchorEnd || inner.anchorStart >= clauseEnd || (role !== "act" && role !== "meet")) continue;
      const between = sentence.slice(outer.anchorEnd, inner.anchorEnd);
      // "…and announced sanctions" is a verb of its own; "…of crossing the border and attacking" is not.
      if (between.length > 100 || /\band\b(?!\s+(?:to\b|["“]?\w+ing\b))|[;.]|,\s+(?:and|but)\b/iu.test(between)) continue;
      if (!governor.has(inner)) governor.set(inner, outer);
    }
  }
  return governor;
}
