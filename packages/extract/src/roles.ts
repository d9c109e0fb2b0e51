// Who acted and on whom, from the sentence's structure: the subject before the verb acts on the
// object after it; a passive ("X was attacked by Y") turns that round; a pronoun subject ("it",
// "he") is the speaker of the clause around it or the previous sentence's subject; actors named
// together ("Germany, France and Poland") act together.
import type { Mention } from "./actors";
import { clauseAround, inAside, quoteAround } from "./clauses";
import type { Role } from "./data/rules";
import { isParticiple } from "./inflect";
import {
  addresseeOf,
  codes,
  groupAround,
  mainSubject,
  PRONOUN_SUBJECT,
  speakerOf,
  subjectIn,
  subjectOfVerb,
  type SubjectQuery,
} from "./subjects";

export interface RoleQuery extends SubjectQuery {
  anchorStart: number;
  anchorEnd: number;
  role: Role;
  /** The targets of the sentence's previous match, for "…, and Canada expelled four." */
  previousTargets: string[];
  /** "the two countries": the pair the article is about. */
  mainPair: string[];
  /** The clause speaks of what is yet to happen. */
  future: boolean;
  /** The verb's subject suffers the act ("Putin would pay a price"). */
  subjectIsTarget: boolean;
  /** A fight between two sides: the one named after "with" is a side even without a subject. */
  mutual: boolean;
  /** A label that criticizes (false for praise or support). */
  critical: boolean;
  /** Where the rule's words end: what follows is the verb's object. */
  matchEnd: number;
  /** A noun event's own actor ("the U.S. attack", "a suspected Israeli strike"). */
  nominalSource?: string[];
  /** Whoever the article says the source has dealt with, when the sentence names nobody else. */
  fallbackTarget(source: string): string | undefined;
  /** Whoever did the first act of these roots other than `source` ("condemned the attack"). */
  actorOf(roots: (root: number) => boolean, source: string): string | undefined;
}

export interface Parties {
  sources: string[];
  targets: string[];
}

const LOCATIVE = new Set(["in", "inside", "within", "near", "across", "throughout", "outside", "around", "over", "between", "among", "under", "than", "like", "for"]);
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be|get|gets|got)\s+(?:\w+ly\s+|not\s+)?$/iu;
const PRONOUN_OBJECT = /^\s+(?:it|them|him|her)\b/iu;
const TWO_COUNTRIES = /\b(?:the two|both) (?:countries|sides|nations|neighbours|neighbors|leaders|governments|states|capitals|presidents|armies|rivals|adversaries|foes)\b/iu;
// What a reaction is about when it names no actor: the last act of aggression ("condemned the attack").
// The acts those nouns name, by CAMEO root.
const FORCE_NOUN = /\b(?:attacks?|strikes?|invasion|offensive|bombing|shelling|raids?|assault|incursion|aggression|violations?|annexation|test|demolition)\b/iu;
const MEASURE_NOUN = /\b(?:sanctions|tariffs?|expulsions?|measures?|decision|move|moves|step|steps|actions?|order|orders|demands?|ultimatum)\b/iu;
const EVENT_OBJECT =
  /^\s+(?:(?:an?\s+)?(?:immediate\s+)?(?:end|halt|stop)\s+to\s+)?(?:(?:the|this|that|these|those|its|their|such|what\s+\S+\s+called)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:attacks?|strikes?|invasion|test|move|moves|decision|measures?|expulsions?|tariffs?|annexation|actions?|bombing|shelling|offensive|aggression|sanctions|step|steps|incursion|raid|violations?|assault|order|orders|demands?|ultimatum)\b/iu;
const INSTRUMENT = /^(?:-led)?\s+(?:\S+\s+){0,2}?(?:strike|strikes|air strike|airstrike|drone|drones|missile|missiles|attack|raid|bombing|shelling|forces|troops|jets|warplanes|aircraft|military)\b/iu;

export function findParties(query: RoleQuery): Parties {
  const { sentence, mentions, structure, anchorStart, anchorEnd, role } = query;
  const [from, to] = clauseAround(structure, anchorStart, anchorEnd);
  const before = sentence.slice(from, anchorStart);
  const after = (mention: Mention) => mention.start >= anchorEnd && mention.end <= to && !inAside(structure, mention.start, anchorStart);

  const subject = subjectIn(query, from, anchorStart);
  let subjectCodes = query.nominalSource ?? codes(subject);
  if (subjectCodes.length === 0 && TWO_COUNTRIES.test(before)) subjectCodes = query.mainPair;
  if (subjectCodes.length === 0 && PRONOUN_SUBJECT.test(before)) {
    subjectCodes = speakerOf(query, anchorStart);
    if (subjectCodes.length === 0) subjectCodes = mainSubject(query, from);
  }
  // "…said X had committed aggression and announced sanctions": the speaker's second verb.
  const coordinated = /(?:^|\s)and\s+(?:\S+\s+)?$/iu.test(before);
  if (subjectCodes.length === 0 || (coordinated && structure.speech.some((verb) => verb.end <= from && from - verb.end < 8))) {
    const own = coordinated ? subjectOfVerb(query, anchorStart, anchorEnd, 3) : [];
    if (own.length > 0) subjectCodes = own;
    else if (coordinated) subjectCodes = mainSubject(query, from);
  }
  if (subjectCodes.length === 0 && role !== "act" && role !== "meet") subjectCodes = speakerOf(query, anchorStart);

  // Passive: "X was attacked by Y", "killed in a U.S. drone strike".
  const agentIndex = mentions.findIndex(
    (mention) => after(mention) && mention.governor === "by" && mention.start - anchorEnd < 40,
  );
  const instrument = mentions.find(
    (mention) => after(mention) && (mention.governor === "in" || mention.governor === "from") && INSTRUMENT.test(sentence.slice(mention.end)),
  );
  // "was expelling" and "would be no more talks" are not passives; "was expelled", "were shot" are.
  const participle = isParticiple(sentence.slice(anchorStart, anchorEnd).split(/\s+/)[0] ?? "");
  const passive = (participle && PASSIVE_BEFORE.test(before)) || (agentIndex >= 0 && /^\s+by\b/iu.test(sentence.slice(anchorEnd)));
  if (passive) {
    const agent = agentIndex >= 0 ? codes(groupAround(sentence, mentions, agentIndex, anchorEnd, to)) : instrument ? [instrument.code] : [];
    const patient = subjectCodes.length > 0 ? subjectCodes : codes(mentions.filter((mention) => mention.start >= from && mention.end <= anchorStart));
    const addressee = addresseeOf(query, from);
    // Without an agent, only a threat ("its bases could be targeted") has one: the speaker.
    const speaker = role !== "act" && role !== "meet" || query.future ? speakerOf(query, anchorStart) : [];
    return { sources: agent.length > 0 ? agent : speaker, targets: patient.length > 0 ? patient : addressee };
  }
  if (query.subjectIsTarget) {
    const speaker = speakerOf(query, anchorStart);
    return { sources: speaker, targets: subjectCodes.filter((code) => !speaker.includes(code)) };
  }
  // A word of criticism belongs to whoever says it, and is about whoever else the words name:
  // in the quote, else in what was said (not whom it was said to: "told the U.N. Security
  // Council that…"), else the act it names ("the raid amounted to murder").
  if (role === "label") {
    const speaker = speakerOf(query, anchorStart);
    const spoken = structure.speech.filter((verb) => verb.end <= anchorStart).pop();
    const quote = quoteAround(structure, anchorStart);
    const said = spoken && /^(?:told|tells)$/iu.test(sentence.slice(spoken.start, spoken.end)) ? Math.max(spoken.end, from) : (spoken?.end ?? from);
    const scopes: [number, number][] = [...(quote ? [quote] : []), [said, to]];
    for (const [open, close] of scopes) {
      const named = mentions.find((mention) => mention.start >= open && mention.end <= close && !speaker.includes(mention.code) && !LOCATIVE.has(mention.governor ?? ""));
      if (named) return { sources: speaker, targets: [named.code] };
    }
    // Praise or support is never guessed: it names whom it supports.
    if (query.critical === false) return { sources: speaker, targets: [] };
    return { sources: speaker, targets: fallback(query, speaker, sentence.slice(from, Math.min(to, sentence.length))) };
  }

  let sources = subjectCodes;
  // "died after a face-off with Chinese troops": the other side is whoever they fought.
  if (sources.length === 0 && query.mutual) {
    const side = mentions.find((mention) => mention.start >= anchorEnd && mention.end <= to && mention.governor === "with");
    if (side) sources = [side.code];
  }
  // "Kerry and Zarif held talks on the sidelines of the U.N. General Assembly": with each other.
  if (role === "meet" && sources.length > 1 && !mentions.some((mention) => mention.start >= anchorEnd && mention.end <= to && mention.governor === "with")) {
    return { sources: [sources[0]!], targets: sources.slice(1) };
  }
  const objects = mentions.map((mention, index) => ({ mention, index })).filter(({ mention }) => after(mention) && !sources.includes(mention.code));
  const direct = objects.find(({ mention }) => mention.governor === null || !LOCATIVE.has(mention.governor));
  let targets: string[] = direct ? codes(groupAround(sentence, mentions, direct.index, anchorEnd, to)).filter((code) => !sources.includes(code)) : [];
  if (targets.length === 0 && PRONOUN_OBJECT.test(sentence.slice(anchorEnd))) {
    const antecedent = mentions.filter((mention) => mention.end <= anchorStart && !sources.includes(mention.code)).pop();
    if (antecedent) targets = [antecedent.code];
  }
  if (targets.length > 0) return { sources, targets };
  // Actors named together who meet or sign meet each other.
  if (role === "meet" && sources.length > 1) return { sources: [sources[0]!], targets: sources.slice(1) };
  const rest = sentence.slice(Math.max(anchorEnd, query.matchEnd), Math.min(to, sentence.length));
  const reaction = role !== "act" && role !== "meet";
  // "Soleimani … was killed in a U.S. drone strike": the noun event's victim is named before it.
  if (query.nominalSource && /\b(?:killed|wounded|injured|hit|destroyed|damaged)\s+(?:in|by)\s+(?:an?|the)\s+(?:\S+\s+){0,3}$/iu.test(before)) {
    const victim = mentions.find((mention) => mention.start >= from && mention.end <= anchorStart && !sources.includes(mention.code) && !LOCATIVE.has(mention.governor ?? ""));
    if (victim) return { sources, targets: [victim.code] };
  }
  // "…, and Canada expelled four.": the object left out is the previous one.
  if (!reaction && /^\s*(?:\S+\s+)?(?:each|apiece)?\s*[.,;]?\s*$/u.test(rest)) targets = query.previousTargets.filter((code) => !sources.includes(code));
  if (targets.length === 0 && !reaction && objects[0]) targets = [objects[0].mention.code]; // the place it happened
  if (targets.length === 0) targets = addresseeOf(query, from);
  // "…mediate between the two rivals".
  if (targets.length === 0 && TWO_COUNTRIES.test(rest)) targets = query.mainPair.filter((code) => !sources.includes(code));
  // "warned on Sunday that Saudi Arabia would face…": the object is in the clause said.
  if (targets.length === 0 && reaction && /^\s*(?:on\s+\w+\s+)?(?:that\s*)?$/iu.test(rest)) {
    const [, next] = clauseAround(structure, to, to);
    const said = mentions.find((mention) => mention.start >= to && mention.end <= next && !sources.includes(mention.code));
    if (said) targets = [said.code];
  }
  // "…and the United Arab Emirates downgraded its relations": the sentence's earlier object.
  if (targets.length === 0 && !reaction) targets = query.previousTargets.filter((code) => !sources.includes(code));
  if (targets.length > 0) return { sources, targets };
  // Nobody named: an act is against whoever the source has been dealing with; a reaction is
  // to the act it names ("condemned the attack") or, said without an object, to the last one.
  // A reaction to something else ("urged the Gulf states") has no country target.
  // An accusation names the accused, a meeting its partner.
  if (role === "accuse" || role === "meet") return { sources, targets: [] };
  if (reaction && !EVENT_OBJECT.test(rest)) {
    // A second verb of the same subject reacts to the same actor ("called the attack a mistake and demanded…").
    const earlier = query.previousTargets.filter((code) => !sources.includes(code));
    if (earlier.length > 0) return { sources, targets: earlier };
    if (/^\s*(?:(?:the|a|an|other|all|both)\s+)?[\p{L}]/iu.test(rest) && !/^\s*(?:to|that|on|of|for|in|at|and|as|it|them|would|will)\b/iu.test(rest)) {
      return { sources, targets: [] };
    }
  }
  return { sources, targets: fallback(query, sources, rest) };
}

/** Whom `sources` act on when the sentence doesn't say: whoever did the act `about` names, else the article's usual counterpart. */
function fallback(query: RoleQuery, sources: string[], about = ""): string[] {
  const source = sources[0];
  if (!source) return [];
  const named = FORCE_NOUN.test(about)
    ? query.actorOf((root) => root >= 17, source)
    : MEASURE_NOUN.test(about)
      ? query.actorOf((root) => root >= 13, source)
      : undefined;
  const target = named ?? query.fallbackTarget(source);
  return target && target !== source ? [target] : [];
}
