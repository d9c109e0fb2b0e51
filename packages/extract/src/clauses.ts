// Where a sentence's clauses begin and end, and who is speaking in them: the structure the
// source/target rules read ("Pakistan said [it would respond]", "[…," Lee said]).

// Verbs that introduce what someone said.
const SPEECH =
  /\b(?:said|says|say|saying|told|tells|announced|announces|added|stated|declared|wrote|tweeted|insisted|claimed|reported|warned|noted|argued|acknowledged|replied|responded|agreed(?= that)|called|describing|described|found|concluded)\b/giu;
// Of those, the ones that open a clause only with "that": "called the test a provocative act",
// "announced the break on Sunday" take an object, not a clause.
const NAMING = /^(?:called|describing|described|found|concluded|announced|announces|declared|reported|acknowledged)$/iu;

// Where a new clause starts: after punctuation that closes one, after a subordinating word, and
// after a verb of saying (and its "that").
const BOUNDARY =
  /[;:]|\s[—–]\s|\s--?\s|,?\s+(?:which|who|whom|whose|where|while|whereas|after|before|when|because|although|though|until|unless|if)\b|,\s+as\b|,\s+but\b|\band that\b/giu;

// "said on Friday that", "announced on July 1 that"; "told an emergency session of the … that".
const THAT = /^\s+(?:(?:on|late|early|in|last|earlier|later)\s+(?:\S+\s+){0,3})?that\b/u;
const TOLD_THAT = /^\s+(?:[^\s,;]+\s+){0,12}?that\b/u;

export interface SpeechVerb {
  start: number;
  end: number;
}

export interface Structure {
  boundaries: number[];
  /** ", which … ," and ", who … ,": asides that don't end the clause they interrupt. */
  asides: [number, number][];
  speech: SpeechVerb[];
  /** Spans inside quotation marks. */
  quotes: [number, number][];
}

export function structureOf(sentence: string): Structure {
  const boundaries = new Set<number>([0, sentence.length]);
  const asides: [number, number][] = [];
  // A relative, adverbial or participle clause closed by a comma: "The United States, which has
  // 28,500 troops in South Korea, condemned…", "Saddam, … hours after the strikes, denounced…",
  // "Bashir, visiting the Heglig oil field…, told soldiers…".
  for (const match of sentence.matchAll(/(?:,\s+|\b)(?:which|who|whose|where|after|before|when|while|although|though|because|until|unless|if)\b[^,;"“”]*,|,\s+\p{L}+ing\b[^,;"“”]*,/giu)) {
    asides.push([match.index, match.index + match[0].length]);
  }
  for (const match of sentence.matchAll(BOUNDARY)) {
    // A boundary word belongs to the clause it opens; punctuation closes the one before.
    const word = /[\p{L}]/u.exec(match[0]);
    boundaries.add(word ? match.index + word.index : match.index + match[0].length);
  }
  const speech: SpeechVerb[] = [];
  for (const match of sentence.matchAll(SPEECH)) {
    const end = match.index + match[0].length;
    // "struck what New Delhi said was a camp": a parenthesis inside the object, not a new clause.
    if (/\bwhat\s+(?:\S+\s+){1,3}$/iu.test(sentence.slice(Math.max(0, match.index - 30), match.index))) continue;
    speech.push({ start: match.index, end });
    const that = (/^tel|^tol/iu.test(match[0]) ? TOLD_THAT : THAT).exec(sentence.slice(end));
    if (NAMING.test(match[0]) && !that) continue;
    boundaries.add(that ? end + that[0].length : end);
  }
  const quotes: [number, number][] = [];
  const marks = [...sentence.matchAll(/["“”]/gu)].map((match) => match.index);
  for (let i = 0; i + 1 < marks.length; i += 2) quotes.push([marks[i]!, marks[i + 1]!]);
  // An unmatched opening mark: the quote runs on to the end of the sentence.
  if (marks.length % 2 === 1) quotes.push([marks[marks.length - 1]!, sentence.length]);
  // A quoted statement is a clause of its own; a scare-quoted phrase ("a land grab") is not.
  for (const [open, close] of quotes) {
    if (sentence.slice(open + 1, close).split(/\s+/).length < 6) continue;
    boundaries.add(open + 1);
    boundaries.add(Math.min(close + 1, sentence.length));
  }
  return { boundaries: [...boundaries].sort((a, b) => a - b), asides, speech, quotes };
}

/** The clause around [start, end): from the last boundary at or before start to the first after end. */
export function clauseAround(structure: Structure, start: number, end: number): [number, number] {
  let from = 0;
  let to = Infinity;
  // An aside closed before the verb leaves the clause it interrupts whole.
  const skipped = (boundary: number) => structure.asides.some(([open, close]) => open <= boundary && boundary < close && close <= start);
  for (const boundary of structure.boundaries) {
    if (skipped(boundary)) continue;
    if (boundary <= start) from = boundary;
    else if (boundary > end && boundary < to) to = boundary;
  }
  return [from, to];
}

export function inAside(structure: Structure, position: number, verb: number): boolean {
  return structure.asides.some(([open, close]) => open <= position && position < close && !(open <= verb && verb < close));
}

export function quoteAround(structure: Structure, position: number): [number, number] | undefined {
  return structure.quotes.find(([open, close]) => open < position && position < close);
}
