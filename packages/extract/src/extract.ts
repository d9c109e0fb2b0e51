// The article assistant's engine: sentences → dates, actors, CAMEO rules → candidate events.
import { ArticleActors, findMentions, type Mention } from "./actors";
import { publicationDay } from "./calendar";
import { rootCode } from "./cameo";
import { clauseAround, structureOf } from "./clauses";
import { codeFor, threatOf } from "./coding";
import { governed } from "./complements";
import { CarriedDate, fromPhrase, nearestPhrase, round, type DateChoice } from "./dating";
import { findDatePhrases, type DatePhrase } from "./dates";
import { ArticleHistory, isConflict } from "./history";
import { merge, type Draft } from "./merge";
import { actReading } from "./nouns";
import { findParties } from "./roles";
import { matchRules, type RuleMatch } from "./rules";
import { splitSentences, type Sentence } from "./sentences";
import { futureNear, verbsOf, type Verb } from "./tense";
import type { ArticleInput, CameoReference, Candidate } from "./types";

/** Text beyond this many characters is not read: a long feature is a tenth of it. */
const MAX_TEXT = 100_000;

/**
 * The text as the rules read it: markup pasted with an article ("Russia <b>expelled</b>…")
 * blanked out character for character, so every offset still points into the original.
 */
function readable(text: string): string {
  return text
    .replace(/<[^<>]{0,300}>/g, (tag) => " ".repeat(tag.length))
    .replace(/&(?:nbsp|#160);/g, (entity) => " ".repeat(entity.length))
    .replace(/&(?:quot|#34|ldquo|rdquo|#8220|#8221);/g, (entity) => `"${" ".repeat(entity.length - 1)}`);
}

export function extract(input: ArticleInput, cameo: CameoReference): Candidate[] {
  if (typeof input?.text !== "string" || typeof input.publishedAt !== "string") return [];
  const day = publicationDay(input.publishedAt, typeof input.timeZone === "string" ? input.timeZone : undefined);
  if (day === null) return [];
  const published = day;
  const original = input.text.slice(0, MAX_TEXT);
  const text = readable(original);
  const { sentences, datelines } = splitSentences(text);
  const actors = ArticleActors.forArticle(text, datelines.flatMap((dateline) => dateline.places));
  const history = new ArticleHistory();
  const drafts: Draft[] = [];
  const carry = new CarriedDate();
  let carried: DateChoice | undefined;
  let previousSubject: string[] = [];

  for (const sentence of sentences) {
    carried = carry.get(sentence.paragraph);
    let verbs: Verb[] | undefined;
    const futureAt = (start: number, end: number) => futureNear((verbs ??= verbsOf(sentence.text)), start, end);
    const phrases = findDatePhrases(sentence.text, published, futureAt);
    const ownDate = phrases.find((phrase) => phrase.day !== null && phrase.day <= published);
    const sentenceDay = ownDate?.day ?? carried?.day ?? published;
    const mentions = findMentions(sentence.text, sentenceDay, actors);
    const fromHere: Draft[] = [];
    if (mentions.length > 0) fromHere.push(...draftsOf(sentence, mentions, phrases));
    drafts.push(...fromHere);
    if (fromHere.length > 0) previousSubject = [fromHere[0]!.source];
    else if (mentions.length > 0) previousSubject = [(mentions.find((mention) => mention.governor === null) ?? mentions[0]!).code];
    carry.update(sentence.paragraph, phrases, published);
  }
  return merge(drafts, cameo, original);

  function draftsOf(sentence: Sentence, mentions: Mention[], phrases: DatePhrase[]): Draft[] {
    const structure = structureOf(sentence.text);
    const matches = matchRules(sentence.text);
    const governor = governed(sentence.text, matches, structure);
    const threatCodes = new Map<RuleMatch, string>();
    for (const [inner, outer] of governor) {
      const refined = threatOf(inner.rule.code);
      if (outer.rule.role === "threaten" && refined && /^13[08]$/.test(outer.rule.code) && isConflict(inner.rule.code)) threatCodes.set(outer, refined);
    }
    const out: Draft[] = [];
    let previous: { code: string; targets: string[] } | undefined;
    for (const match of matches) {
      if (governor.has(match)) continue;
      const rule = match.rule;
      const role = rule.role ?? "act";
      const [clauseStart, clauseEnd] = clauseAround(structure, match.anchorStart, match.anchorEnd);
      const before = sentence.text.slice(clauseStart, match.anchorStart);
      const rest = sentence.text.slice(match.anchorEnd, Math.min(clauseEnd, sentence.text.length));
      if (rule.unless?.test(sentence.text.slice(clauseStart, Math.min(clauseEnd, sentence.text.length)))) continue;
      if (rule.requires && !rule.requires.test(sentence.text.slice(0, match.anchorStart))) continue;
      const acting = role === "act" || role === "meet";
      const reading = acting ? actReading(sentence.text, match, mentions, clauseStart) : {};
      if (!reading) continue;
      let baseCode = threatCodes.get(match) ?? rule.code;
      if (rule.elliptical) {
        if (!previous || !/^\s*(?:[.,;]|$)/u.test(sentence.text.slice(match.matchEnd))) continue;
        baseCode = previous.code;
      }
      const coding = codeFor(baseCode, role, before, rest, rule.negatable !== false);
      if (!coding) continue;
      const parties = findParties({
        sentence: sentence.text,
        mentions,
        structure,
        anchorStart: match.anchorStart,
        anchorEnd: match.anchorEnd,
        role,
        previousTargets: previous?.targets ?? [],
        previousSubject,
        mainPair: actors.mainPair(),
        future: coding.future,
        subjectIsTarget: rule.subjectIsTarget === true,
        critical: rootCode(rule.code) === "11",
        mutual: rule.mutual === true,
        matchEnd: match.matchEnd,
        nominalSource: reading.nominalSource,
        fallbackTarget: (source) => fallbackTarget(source, role, coding.code),
        actorOf: (roots, source) => history.firstSource(roots, source),
      });
      if (parties.sources.length === 0 || parties.targets.length === 0) continue;
      const phrase = nearestPhrase(phrases, published, match, coding.future || rootCode(coding.code) === "03", structure, sentence.text);
      if (phrase && phrase.day === null) continue; // the verb is about history ("in 2014")
      // "…were killed in a clash, the army said on Tuesday": the day of the report, not of the clash.
      const reported =
        acting && !coding.future && Number(rootCode(coding.code)) >= 18 && phrase !== undefined && structure.speech.some((verb) => phrase.start >= verb.end && phrase.start - verb.end <= 1);
      const date: DateChoice = phrase
        ? { ...fromPhrase(phrase), reported }
        : carried
          ? { ...carried, certainty: Math.max(0.3, round(carried.certainty * 0.75)) }
          : { day: published, precision: "day", certainty: 0.3, text: null };
      const pairs: [string, string][] = [];
      for (const source of parties.sources) for (const target of parties.targets) pairs.push([source, target]);
      if (rule.mutual) for (const [source, target] of [...pairs]) pairs.push([target, source]);
      for (const [source, target] of pairs) {
        if (source === target) continue;
        out.push({ source, target, code: coding.code, ruleCode: rule.code, title: rule.title, alternatives: rule.alts ?? [], date, sentence });
        history.add(source, target, coding.code);
      }
      previous = { code: coding.code, targets: parties.targets };
    }
    // Every code the sentence suggested for a pair is an alternative to the one chosen.
    for (const draft of out) {
      for (const other of out) {
        if (other !== draft && other.source === draft.source && other.target === draft.target) draft.alternatives = [...draft.alternatives, other.code];
      }
    }
    return out;
  }

  /** Whom an act or reaction is aimed at when the sentence doesn't say. */
  function fallbackTarget(source: string, role: string, code: string): string | undefined {
    const conflict = isConflict(code);
    if (role === "meet") return undefined; // a meeting names its partner
    if (role === "act") {
      const pair = actors.mainPair();
      return (
        history.counterpart(source, conflict) ??
        (pair.includes(source) ? pair.find((other) => other !== source) : undefined) ??
        (conflict ? history.victim(source) : undefined)
      );
    }
    return history.aggressor(source) ?? history.counterpart(source, conflict) ?? actors.mostNamed(source);
  }
}

