// Which day a matched verb gets: the date phrase nearest it that can date it, else the date the
// sentence carries over from the ones before, else the publication day.
import { inAside, type Structure } from "./clauses";
import type { DatePhrase } from "./dates";
import type { RuleMatch } from "./rules";

export interface DateChoice {
  day: number;
  precision: "day" | "month";
  certainty: number;
  text: string | null;
  /** The date of a report ("the army said on Tuesday") given to the act it reports. */
  reported?: boolean;
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A date phrase carries over to the sentences after it only if it is this recent: older dates are background. */
const CARRY_DAYS = 7;

/**
 * The date a sentence without a date phrase takes: the previous dated sentence's in the same
 * paragraph ("…aired on Wednesday. He also said…"), else the latest recent date the article has
 * reached, since a report moves forward and a look back ("Bush issued an ultimatum on Monday.")
 * doesn't take the story with it.
 */
export class CarriedDate {
  private latest: DateChoice | undefined;
  private inParagraph: { paragraph: number; date: DateChoice } | undefined;

  get(paragraph: number): DateChoice | undefined {
    return this.inParagraph?.paragraph === paragraph ? this.inParagraph.date : this.latest;
  }

  update(paragraph: number, phrases: DatePhrase[], published: number): void {
    const recent = phrases.find(
      (phrase) => phrase.day !== null && phrase.precision === "day" && phrase.day <= published && published - phrase.day <= CARRY_DAYS,
    );
    if (!recent) return;
    const date = fromPhrase(recent);
    this.inParagraph = { paragraph, date };
    if (!this.latest || date.day >= this.latest.day) this.latest = date;
  }
}

/** The phrase nearest the verb, among those that can date what it did. */
export function nearestPhrase(
  phrases: DatePhrase[],
  published: number,
  match: RuleMatch,
  future: boolean,
  structure: Structure,
  sentence: string,
): DatePhrase | undefined {
  const usable = (phrase: DatePhrase) => !inAside(structure, phrase.start, match.anchorStart); // "Bashir, visiting … on Friday, told…"
  // "Mexico broke off relations after police stormed the embassy late on Friday": the main
  // clause, undated, happened then or just after.
  const temporal = (phrase: DatePhrase) => /\b(?:after|when|as soon as|once)\b[^,;]*$/iu.test(sentence.slice(0, phrase.start));
  const own = closest(phrases.filter(usable), published, match, future);
  return own ?? closest(phrases.filter(temporal), published, match, future);
}

function closest(phrases: DatePhrase[], published: number, match: RuleMatch, future: boolean): DatePhrase | undefined {
  let best: DatePhrase | undefined;
  let bestDistance = Infinity;
  for (const phrase of phrases) {
    if (phrase.day !== null && phrase.day > published) continue; // an intention is dated when it was stated
    if (future && phrase.start >= match.anchorEnd) continue; // "will meet on Friday": the day of the meeting, not of the news
    const distance = phrase.end <= match.anchorStart ? match.anchorStart - phrase.end : Math.max(0, phrase.start - match.anchorEnd);
    if (distance < bestDistance) {
      best = phrase;
      bestDistance = distance;
    }
  }
  return best;
}

export function fromPhrase(phrase: DatePhrase): DateChoice {
  return { day: phrase.day!, precision: phrase.precision, certainty: phrase.certainty, text: phrase.text };
}
