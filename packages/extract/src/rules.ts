// Matching the rule table against a sentence.
import { RULES, type Rule } from "./data/rules";
import { compilePattern } from "./pattern";

export interface RuleMatch {
  rule: Rule;
  /** Position of the rule in the table: earlier rules win ties. */
  order: number;
  anchorStart: number;
  anchorEnd: number;
  matchEnd: number;
}

let compiled: { rule: Rule; regex: RegExp }[] | undefined;

function table(): { rule: Rule; regex: RegExp }[] {
  compiled ??= RULES.map((rule) => {
    const regex = compilePattern(rule.pattern);
    return { rule, regex: new RegExp(regex.source, `${regex.flags}d`) };
  });
  return compiled;
}

export function matchRules(sentence: string): RuleMatch[] {
  const matches: RuleMatch[] = [];
  table().forEach(({ rule, regex }, order) => {
    for (const match of sentence.matchAll(regex)) {
      const [anchorStart, anchorEnd] = match.indices!.groups!.anchor!;
      matches.push({ rule, order, anchorStart, anchorEnd, matchEnd: match.index + match[0].length });
    }
  });
  return matches.sort((a, b) => a.anchorStart - b.anchorStart || a.order - b.order);
}
