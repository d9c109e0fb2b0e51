// Who a sentence names: countries, demonyms, capitals, institutions, organisations, leaders in
// office on the day, "the North"/"the South" of a divided country, and ministries that belong to
// whichever country the text is about.
import { getLexicon, type NameKind, type Office } from "./lexicon";

export type MentionKind = NameKind | "leader" | "generic";

export interface Mention {
  start: number;
  end: number;
  code: string;
  kind: MentionKind;
  /** The preposition the mention hangs from ("in", "with"…), null when none. */
  governor: string | null;
  /** Followed by "'s". */
  possessive: boolean;
}

/** What the actor finder remembers across the sentences of one article. */
export class ArticleActors {
  /** Short leader name → the full name it last stood for ("Abe" → "Shinzo Abe"). */
  private readonly fullNames = new Map<string, string>();
  private readonly counts = new Map<string, number>();

  constructor(
    /** "the North" / "the South" of the country the article names ("North Korea" → PRK). */
    private readonly regions: Map<string, string>,
    /** The country of the dateline, when it names one. */
    private readonly dateline: string | undefined,
  ) {}

  static forArticle(text: string, datelinePlaces: string[]): ArticleActors {
    const { names } = getLexicon();
    const regions = new Map<string, string>();
    for (const side of ["North", "South"]) {
      const match = new RegExp(`\\b${side} (Korea|Sudan)\\b`).exec(text);
      if (!match) continue;
      regions.set(side, names.get(match[0])!.code);
      // The other half of a divided country is the rest of it ("the North" of Sudan is Sudan).
      const other = side === "North" ? "South" : "North";
      const otherName = match[1] === "Korea" ? `${other} Korea` : "Sudan";
      if (!regions.has(other) && text.includes(otherName)) regions.set(other, names.get(otherName)!.code);
    }
    const datelineCodes = new Set(
      datelinePlaces.map((place) => names.get(place)?.code ?? names.get(titleCase(place))?.code).filter((code) => code !== undefined),
    );
    return new ArticleActors(regions, datelineCodes.size === 1 ? [...datelineCodes][0] : undefined);
  }

  /** The country the article is about: its dateline's, else the one it has named most. */
  topic(): string | undefined {
    if (this.dateline) return this.dateline;
    let best: string | undefined;
    for (const [code, count] of this.counts) if (!best || count > this.counts.get(best)!) best = code;
    return best;
  }

  /** The two actors the article has named most: "the two countries". */
  mainPair(): string[] {
    return [...this.counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
      .map(([code]) => code);
  }

  /** The actor named most other than `except`. */
  mostNamed(except: string): string | undefined {
    return this.mainPair().concat([...this.counts.keys()]).find((code) => code !== except);
  }

  region(side: string): string | undefined {
    return this.regions.get(side);
  }

  rememberFullName(name: string, office: Office): void {
    for (const short of [...office.short, ...office.alone]) this.fullNames.set(short, name);
  }

  fullNameFor(short: string): string | undefined {
    return this.fullNames.get(short);
  }

  count(code: string): void {
    this.counts.set(code, (this.counts.get(code) ?? 0) + 1);
  }
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (letter) => letter.toUpperCase());
}

const PREPOSITIONS =
  "in|at|inside|within|near|across|throughout|outside|around|over|on|against|with|to|from|of|by|for|into|toward|towards|between|among|under|about|upon|onto|than|like";
const MODIFIERS =
  "the|a|an|its|their|his|her|our|northern|southern|eastern|western|central|north|south|east|west|neighbouring|neighboring|occupied|rebel-held|government-held|breakaway|disputed|mainland|all|other|both|fellow";
const GOVERNOR = new RegExp(`(?:^|[^\\p{L}])(${PREPOSITIONS})\\s+(?:(?:${MODIFIERS})\\s+)*$`, "iu");

function governorOf(sentence: string, start: number): string | null {
  const match = GOVERNOR.exec(sentence.slice(Math.max(0, start - 60), start));
  return match ? match[1]!.toLowerCase() : null;
}

// Phrases in which a name is not an actor.
const NOT_ACTOR_BEFORE = /(?:\bpro-|\banti-|\b(?:Latin|South|North|Central)\s+|\bGeorge\s+|\bNational\s+)$/u;
const NOT_ACTOR_AFTER =
  /^(?:\s+(?:dollars?|Treasury|Treasuries|stocks?|shares|bonds?|markets?|Open|Post|state|State University|time|GMT|Convention|Conventions|Agreement|Agreements|Accords?|Protocol|Declaration|Summit|Process|Format|Statute|Charter|Consensus|Club)\b|-(?:based|born|educated|made|listed|majority|speaking|dominated|populated))/u;
const MEMBERS_AFTER = /^\s+(?:countries|member states|member countries|members|member|nations|states|allies|ally|capitals|governments)\b/u;
const FORMER = /\b(?:former|ex-|late|then-)\s*(?:[\p{Lu}][\p{L}.-]*\s+){0,3}$/u;

const GENERIC =
  /\b(?:(?:Foreign|Defen[cs]e|Interior|Finance|Commerce|Trade|Economy|Information|Justice) Ministry|Ministry of (?:Foreign Affairs|Defen[cs]e|Commerce|Finance|Information)|Foreign Office|[Ff]oreign [Mm]inister|[Dd]efen[cs]e [Mm]inister)\b/gu;

interface Found {
  start: number;
  end: number;
  code: string;
  kind: MentionKind;
}

function namesIn(sentence: string, state: ArticleActors): Found[] {
  const { names, namePattern } = getLexicon();
  const found: Found[] = [];
  for (const match of sentence.matchAll(namePattern)) {
    const entry = names.get(match[0])!;
    const start = match.index;
    const end = start + match[0].length;
    const before = sentence.slice(Math.max(0, start - 20), start);
    const after = sentence.slice(end, end + 30);
    if (NOT_ACTOR_BEFORE.test(before) || NOT_ACTOR_AFTER.test(after)) continue;
    if (entry.kind === "organisation" && MEMBERS_AFTER.test(after)) continue;
    found.push({ start, end, code: entry.code, kind: entry.kind });
  }
  for (const match of sentence.matchAll(/\b[Tt]he (North|South)\b(?! (?:Korea|Sudan|of))/gu)) {
    const code = state.region(match[1]!);
    if (code) found.push({ start: match.index + 4, end: match.index + match[0].length, code, kind: "country" });
  }
  return found;
}

function leadersIn(sentence: string, day: number, state: ArticleActors): Found[] {
  const { leaderNames, leaderPattern } = getLexicon();
  const found: Found[] = [];
  const inOffice = (office: Office) => office.from <= day && (office.to === null || day < office.to);
  for (const match of sentence.matchAll(leaderPattern)) {
    const name = match[0];
    const offices = leaderNames.get(name)!;
    const full = offices.filter((office) => office.full.includes(name));
    for (const office of full) state.rememberFullName(name, office);
    if (FORMER.test(sentence.slice(Math.max(0, match.index - 40), match.index))) continue;
    const lastFull = state.fullNameFor(name);
    const office = offices.find(
      (candidate) =>
        inOffice(candidate) &&
        (candidate.full.includes(name) ||
          candidate.alone.includes(name) ||
          (lastFull !== undefined && candidate.short.includes(name) && candidate.full.includes(lastFull))),
    );
    if (office) found.push({ start: match.index, end: match.index + name.length, code: office.code, kind: "leader" });
  }
  return found;
}

/** Longest first among overlapping finds. */
function withoutOverlaps(found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Found[] = [];
  for (const item of sorted) {
    const last = kept[kept.length - 1];
    if (last && item.start < last.end) continue;
    kept.push(item);
  }
  return kept;
}

/**
 * A ministry belongs to the country named with it ("Russia's Foreign Ministry", "the Foreign
 * Ministry in Beijing"), else to the first country the sentence names before it, else to the
 * article's topic (its dateline's country, or the country it has named most).
 */
function genericsIn(sentence: string, named: Found[], state: ArticleActors): Found[] {
  const found: Found[] = [];
  for (const match of sentence.matchAll(GENERIC)) {
    const start = match.index;
    const end = start + match[0].length;
    const owner = named.find((item) => item.end <= start && /^(?:'s|’s)?\s*$/u.test(sentence.slice(item.end, start)));
    const leader = named.find((item) => item.kind === "leader" && item.start >= end && /^\s*$/u.test(sentence.slice(end, item.start)));
    if (owner || leader) continue; // the name next to it already stands for the country
    const seat = named.find((item) => item.start > end && /^\s+in\s+$/u.test(sentence.slice(end, item.start)));
    const earlier = named.find((item) => item.end <= start && item.kind !== "capital");
    const code = seat?.code ?? earlier?.code ?? state.topic();
    if (code) found.push({ start, end, code, kind: "generic" });
  }
  return found;
}

export function findMentions(sentence: string, day: number, state: ArticleActors): Mention[] {
  const named = withoutOverlaps([...namesIn(sentence, state), ...leadersIn(sentence, day, state)]);
  const all = withoutOverlaps([...named, ...genericsIn(sentence, named, state)]);
  const mentions = all.map((item) => ({
    ...item,
    governor: governorOf(sentence, item.start),
    possessive: /^(?:'s|’s|')/u.test(sentence.slice(item.end, item.end + 2)),
  }));
  // A ministry repeats the country it belongs to: counting it would make that country look named more.
  for (const mention of mentions) if (mention.kind !== "generic") state.count(mention.code);
  return mentions;
}
