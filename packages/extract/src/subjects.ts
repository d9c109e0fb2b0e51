// The subjects of a sentence's verbs: who acts, who speaks, who was spoken to.
import type { Mention } from "./actors";
import { clauseAround, inAside, quoteAround, type Structure } from "./clauses";

/** What the subject rules read: one sentence, its actors and structure, and what came before. */
export interface SubjectQuery {
  sentence: string;
  mentions: Mention[];
  structure: Structure;
  /** The subject of the previous sentence, for "He also said…". */
  previousSubject: string[];
}

export const PRONOUN_SUBJECT = /\b(?:it|they|he|she|we|i|its|their|his|her)\s+(?:\S+\s+){0,4}$/iu;
// "the leaders of Ethiopia and Eritrea": an "of" phrase that is the subject.
const OF_GROUP = /\b(?:leaders?|governments?|heads?|ministers?|presidents?|officials?|forces|troops|armies|army|navy|military|militaries|people)\s+of\s+(?:the\s+)?$/iu;

/** Mentions next to each other in a list ("Germany, France and Poland"), or the same actor twice ("Russian President Vladimir Putin"). */
function joined(sentence: string, left: Mention, right: Mention): boolean {
  // "Qatar, and the Saudi-led coalition": a modifier of another noun, not an item of the list.
  if (/^-(?:led|backed|based)\b/u.test(sentence.slice(right.end, right.end + 8))) return false;
  const gap = sentence.slice(left.end, right.start);
  // "Russia, Assad's main ally,": an aside about the first, not a second item.
  if (right.possessive && /^\s*,/u.test(gap)) return false;
  if (/^(?:'s|’s)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as|along with)\s+)(?:the\s+)?$/iu.test(gap)) return true;
  return left.code === right.code && /^(?:'s|’s)?\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u.test(gap);
}

export function groupAround(sentence: string, mentions: Mention[], index: number, from: number, to: number): Mention[] {
  let first = index;
  let last = index;
  // Leftwards, a governed mention starts another phrase: "In Warsaw, U.S. Vice President…".
  const extendsLeft = (left: Mention, right: Mention) => joined(sentence, left, right) && !(left.governor !== null && right.governor === null);
  while (first > 0 && mentions[first - 1]!.start >= from && extendsLeft(mentions[first - 1]!, mentions[first]!)) first--;
  while (last + 1 < mentions.length && mentions[last + 1]!.end <= to && joined(sentence, mentions[last]!, mentions[last + 1]!)) last++;
  return mentions.slice(first, last + 1);
}

export function codes(group: Mention[]): string[] {
  return [...new Set(group.map((mention) => mention.code))];
}

/**
 * The subject of the verb at `to`: an actor right before it ("…, Biden replied"), else the
 * clause's first actor that no preposition governs ("China, the North's closest ally, said"),
 * with its list; else one under "of" ("the leaders of Ethiopia and Eritrea").
 */
export function subjectIn(query: SubjectQuery, from: number, to: number): Mention[] {
  const { sentence, mentions, structure } = query;
  const inside = mentions
    .map((mention, index) => ({ mention, index }))
    .filter(({ mention }) => mention.start >= from && mention.end <= to && !inAside(structure, mention.start, to));
  const free = inside.filter(({ mention }) => mention.governor === null);
  const last = free[free.length - 1];
  // Right before the verb, but not across a conjunction ("closed Georgia's embassy and expelled…").
  const gap = last ? sentence.slice(last.mention.end, to) : "";
  const adjacent = last && /^(?:'s|’s)?(?:\s+[^\s,;]+){0,3}\s+$/u.test(gap) && !/\b(?:and|or|but)\b/iu.test(gap) ? last : undefined;
  const pick = adjacent ?? free[0] ?? inside.find(({ mention }) => mention.governor === "of" && OF_GROUP.test(sentence.slice(Math.max(0, mention.start - 40), mention.start)));
  return pick ? groupAround(sentence, mentions, pick.index, from, to) : [];
}

/**
 * Who says the words at `position`: the subject of the verb of saying that introduces them
 * ("X said", "X called the test \"…\""), or of the one after the quote they are in ("\"…,\" Lee said").
 */
export function speakerOf(query: SubjectQuery, position: number): string[] {
  const { structure } = query;
  const quote = quoteAround(structure, position);
  const opening = quote ? quote[0] : position;
  const before = structure.speech.filter((verb) => verb.end <= opening).pop();
  const after = structure.speech.find((verb) => verb.start >= (quote ? quote[1] : position));
  const introduces = before && (!quote || opening - before.end < 40);
  const verb = introduces ? before : (after ?? before);
  return verb ? subjectOfVerb(query, verb.start, verb.end, 3) : [];
}

/** The subject of the verb at [start, end), looking back through "X acknowledged that … and said". */
export function subjectOfVerb(query: SubjectQuery, start: number, end: number, depth: number): string[] {
  const { structure, sentence } = query;
  const [clauseStart] = clauseAround(structure, start, end);
  const subject = subjectIn(query, clauseStart, start);
  if (subject.length > 0) return codes(subject);
  // '"…," said Foreign Minister X.'
  const next = query.mentions.find(
    (mention) =>
      mention.start >= end &&
      /["”,]\s*$/u.test(sentence.slice(0, start)) &&
      /^\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u.test(sentence.slice(end, mention.start)) &&
      /^(?:\s*[.,;]|\s*$)/u.test(sentence.slice(mention.end)),
  );
  if (next) return [next.code];
  const lead = sentence.slice(clauseStart, start);
  if (PRONOUN_SUBJECT.test(lead) || /^\s*(?:which|who)\b/iu.test(lead)) return mainSubject(query, clauseStart);
  // A second verb of the same subject: "Kerry acknowledged that … and said he would…".
  const opener = structure.speech.filter((verb) => verb.end <= clauseStart && clauseStart - verb.end < 8).pop();
  if (depth > 0 && opener && /\band\s+(?:\S+\s+)?$/iu.test(lead)) return subjectOfVerb(query, opener.start, opener.end, depth - 1);
  return [];
}

/** The subject of the sentence's first clause, before `until`; else the previous sentence's. */
export function mainSubject(query: SubjectQuery, until: number): string[] {
  const firstVerb = query.structure.speech.find((verb) => verb.start < until);
  const subject = subjectIn(query, 0, Math.min(until, firstVerb?.start ?? until));
  return subject.length > 0 ? codes(subject) : query.previousSubject;
}

/** "told Washington [its bases could be targeted]": who was spoken to. */
export function addresseeOf(query: SubjectQuery, clauseStart: number): string[] {
  const verb = query.structure.speech.find((speech) => speech.end <= clauseStart && clauseStart - speech.end < 40);
  if (!verb || !/^told|^tells/iu.test(query.sentence.slice(verb.start))) return [];
  const next = query.mentions.find((mention) => mention.start >= verb.end && mention.start - verb.end < 6);
  return next ? [next.code] : [];
}
