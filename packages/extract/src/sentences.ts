// Sentence spans with offsets into the original text, and the datelines wire copy starts with.

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
  /** Index of the paragraph the sentence is in. */
  paragraph: number;
}

// Words whose period doesn't end a sentence: titles, months, initials of countries and bodies.
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr gen lt col maj capt cmdr adm sgt sen rep gov pres prof rev st jr sr no nos vol fig " +
    "jan feb mar apr jun jul aug sep sept oct nov dec vs inc ltd corp co mt ft " +
    "u.s u.n u.k e.u u.a.e a.m p.m i.e e.g"
  ).split(" "),
);

/** Sentences longer than this are not prose (minified markup, tables) and are skipped. */
export const MAX_SENTENCE = 1500;

function isAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start--;
  const word = text.slice(start, dot).toLowerCase();
  // A single letter is an initial ("George W. Bush").
  return word.length === 1 || ABBREVIATIONS.has(word);
}

/** Sentence spans of one paragraph-free stretch of text. */
function splitStretch(text: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  let start = from;
  const boundary = /[.!?]+["”’')\]]*(?=\s+["“‘'([]?[\p{Lu}\p{N}]|\s*$)/gu;
  boundary.lastIndex = from;
  for (let match = boundary.exec(text); match && match.index < to; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    if (end > to) break;
    if (match[0].startsWith(".") && match[0].length === 1 && isAbbreviation(text, match.index)) continue;
    push(text, start, end, paragraph, out);
    start = end;
  }
  push(text, start, to, paragraph, out);
}

function push(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end), paragraph });
}

// "BAGHDAD (Reuters) - ", "SEOUL, South Korea (AP) — ", "WASHINGTON/LONDON (Reuters) - ",
// "Asmara (AFP) - ", "MOSCOW — ".
const DATELINE =
  /^[ \t]*((?:\p{Lu}[\p{L}.'’ -]*?)(?:\/\p{Lu}[\p{L}.'’ -]*?)*)(?:,[ \t]*(\p{Lu}[\p{L}.'’ -]*?))?(?:[ \t]*\([\p{L}.&' ]{1,30}\))?[ \t]+[-—–]{1,2}[ \t]+/u;

export interface Dateline {
  /** The place names of the dateline ("WASHINGTON", "LONDON"; "SEOUL", "South Korea"). */
  places: string[];
  end: number;
}

function datelineAt(text: string, start: number): Dateline | null {
  const head = text.slice(start, start + 120);
  const match = DATELINE.exec(head);
  if (!match) return null;
  const places = match[1]!.split("/").map((place) => place.trim());
  if (match[2]) places.push(match[2].trim());
  // Without a news agency in brackets, only an all-capitals place reads as a dateline.
  if (!match[0].includes("(") && places.some((place) => place !== place.toUpperCase())) return null;
  return { places, end: start + match[0].length };
}

export interface SplitText {
  sentences: Sentence[];
  datelines: Dateline[];
}

/**
 * Paragraphs are separated by line breaks; a line break inside a sentence (hard-wrapped text)
 * does not end it. Each paragraph may open with a dateline, which is kept out of the sentences.
 */
export function splitSentences(text: string): SplitText {
  const sentences: Sentence[] = [];
  const datelines: Dateline[] = [];
  const lineBreak = /\r?\n/g;
  let paragraphStart = 0;
  let paragraph = 0;
  const endParagraph = (end: number) => {
    let from = paragraphStart;
    const dateline = datelineAt(text, from);
    if (dateline && dateline.end <= end) {
      datelines.push(dateline);
      from = dateline.end;
    }
    splitStretch(text, from, end, paragraph++, sentences);
  };
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
    const before = text.slice(Math.max(paragraphStart, match.index - 1), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 1);
    const hardWrap = /[\p{Ll},]/u.test(before) && /\p{Ll}/u.test(after);
    if (hardWrap) continue;
    endParagraph(match.index);
    paragraphStart = match.index + match[0].length;
  }
  endParagraph(text.length);
  return { sentences: sentences.filter((sentence) => sentence.end - sentence.start <= MAX_SENTENCE), datelines };
}
