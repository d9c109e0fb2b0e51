// Rule matches that don't report an act: a noun naming an event without its actor ("the
// attack"), an aim ("a move to cut ties"), a participle describing a noun ("the coalition
// fighting in Yemen").
import type { Mention } from "./actors";
import type { RuleMatch } from "./rules";

// Words of the rule table that are also nouns of events ("the attack", "a drone strike").
const EVENT_NOUN =
  /^(?:attacks?|strikes?|raids?|invasion|assault|offensive|fire|shelling|bombing|bombardment|fights?|fighting|clash(?:es)?|expulsions?|closure(?: of)?|visits?|trip(?: to)?|talks(?: with)?|meeting(?: with)?|air ?strikes?|airstrikes?|drone strikes?|missile strikes?|air raids?|shooting|gunfire|annexation|occupation|blockade)$/iu;
const DETERMINER = /\b(?:a|an|the|this|that|these|those|its|their|his|her|our|any|every|no)\s+((?:\S+\s+){0,3})$/iu;
const WITH_SIDE = /^["”]?\s+(?:with|between)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+)?$/iu;
// "in a move to cut ties", "the decision to cut ties", "an invitation to meet": an aim, an
// offer or a reference, not a report.
const PURPOSE =
  /\b(?:move|moves|attempt|attempts|bid|effort|efforts|plan|plans|campaign|push|drive|aim|goal|intention|decision|readiness|willingness|threat|threats|order|orders|right|invitation|invitations|offer|offers|call|calls|request|requests|proposal|proposals)\s+to\s+$/iu;
// "the Saudi-led coalition fighting in Yemen": a participle describing a noun, not a verb of the clause.
const MODIFYING_PARTICIPLE =
  /(?:^|\s)(?!(?:is|are|was|were|be|been|being|am|began|begin|begins|started|start|starts|continued|continue|continues|kept|keep|keeps|and|or|of|by|for|from|after|before|while|in|on|without|also|each|still|now|already|reportedly|allegedly|not)\s+$)[\p{L}'’-]+\s+$/iu;

/**
 * An event named by a noun: its own actor is the one in front of it ("the U.S. attack"), and
 * without one ("the attack", "a nerve agent attack") the noun is a reference, not a report.
 * Returns undefined for a verb, [] for a reference, the actors for a noun event.
 */
function nounEvent(sentence: string, match: RuleMatch, mentions: Mention[], clauseStart: number): string[] | undefined {
  const word = sentence.slice(match.anchorStart, match.anchorEnd);
  if (!EVENT_NOUN.test(word)) return undefined;
  const determiner = DETERMINER.exec(sentence.slice(clauseStart, match.anchorStart));
  if (!determiner) return undefined;
  // "the fighting", "Russian shelling" are nouns; "the coalition fighting in Yemen" is a participle.
  const lastWord = determiner[1]!.trim().split(/\s+/).pop() ?? "";
  if (/ing$/iu.test(word) && determiner[1]!.trim() !== "" && !mentions.some((mention) => mention.end === match.anchorStart - 1 || sentence.slice(mention.start, mention.end).endsWith(lastWord))) return undefined;
  const from = match.anchorStart - determiner[1]!.length;
  return [...new Set(mentions.filter((mention) => mention.start >= from && mention.end <= match.anchorStart).map((mention) => mention.code))];
}

/**
 * Whether an act's match reports an act: null when it doesn't, else the noun event's own actors
 * (undefined for a verb, whose actors are its subject).
 */
export function actReading(sentence: string, match: RuleMatch, mentions: Mention[], clauseStart: number): { nominalSource?: string[] } | null {
  const before = sentence.slice(clauseStart, match.anchorStart);
  if (PURPOSE.test(before)) return null;
  let nominal = nounEvent(sentence, match, mentions, clauseStart);
  // "killed in a clash with Chinese troops": a fight needs no actor in front when it names the other side.
  if (nominal?.length === 0 && match.rule.mutual && mentions.some((mention) => mention.start > match.anchorEnd && WITH_SIDE.test(sentence.slice(match.anchorEnd, mention.start)))) {
    nominal = undefined;
  }
  if (nominal?.length === 0) return null;
  const word = sentence.slice(match.anchorStart, match.anchorEnd);
  if (!nominal && /^[\p{L}'’-]+ing$/iu.test(word) && MODIFYING_PARTICIPLE.test(before) && !/,\s*$/u.test(before)) return null;
  return { nominalSource: nominal };
}
