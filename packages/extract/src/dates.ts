// Date phrases of a sentence, resolved against the publication day. chrono-node finds them; the
// resolution is ours, because chrono resolves a bare weekday to the nearest one, forwards as
// readily as backwards, while news reports the past: "the ministry on Wednesday expelled" in an
// article of Monday 2021-03-22 is 2021-03-17. Only a phrase in the future tense ("will meet on
// Friday") resolves forwards, and only such a phrase may fall after the publication day.
import * as chrono from "chrono-node";
import { dayFromParts, dayParts, mondayOf, weekday } from "./calendar";

export interface DatePhrase {
  /** Offsets in the sentence. */
  start: number;
  end: number;
  text: string;
  /** The resolved day (the 1st of the month at month precision); null for a past year ("in 2014"). */
  day: number | null;
  precision: "day" | "month";
  /** How sure the resolution is: explicit full date 0.95 … "last week" 0.5. */
  certainty: number;
}

/** How far a phrase is from the publication day, and in which direction to look for it. */
type Direction = "past" | "future";

const DURATION = /\b(?:hours?|minutes?|days?|weeks?|months?|years?|decades?|centuries)\b/i;
const RELATIVE_PERIOD = /\b(?:last|this|next|past)\s+(?:week|month|year)\b|\bago\b|\bweekend\b/i;
const NEWSPAPER = /^\s+(?:Times|Telegraph|Express|Mirror|Mail|Herald|Post|Independent|People|Star|Tribune)\b/;
const MONTH_CUE = /\b(?:in|since|by|during|until|of|from|early|late|mid|last|this|next|through|before|after)[\s-]+$/i;

/** The weekday `target` nearest to `published` in the given direction (the same day counts unless strict). */
export function resolveWeekday(target: number, published: number, direction: Direction, strict = false): number {
  const today = weekday(published);
  if (direction === "past") {
    const back = (today - target + 7) % 7;
    return published - (back === 0 && strict ? 7 : back);
  }
  const ahead = (target - today + 7) % 7;
  return published + (ahead === 0 && strict ? 7 : ahead);
}

/** A month and day without a year: the latest such day on or before publication (or the earliest on or after, for the future). */
export function resolveMonthDay(month: number, dayOfMonth: number, published: number, direction: Direction): number | null {
  const { year } = dayParts(published);
  const options = [year - 1, year, year + 1]
    .map((candidate) => dayFromParts(candidate, month, dayOfMonth))
    .filter((candidate): candidate is number => candidate !== null);
  if (direction === "past") return options.filter((candidate) => candidate <= published).pop() ?? null;
  return options.find((candidate) => candidate >= published) ?? null;
}

function resolveMonth(month: number, published: number, direction: Direction): number {
  const { year, month: currentMonth } = dayParts(published);
  const sameYear = direction === "past" ? month <= currentMonth : month >= currentMonth;
  const targetYear = sameYear ? year : direction === "past" ? year - 1 : year + 1;
  return dayFromParts(targetYear, month, 1)!;
}

function monthStart(published: number, offset: number): number {
  const { year, month } = dayParts(published);
  const index = year * 12 + (month - 1) + offset;
  return dayFromParts(Math.floor(index / 12), (index % 12) + 1, 1)!;
}

type Resolution = Omit<DatePhrase, "start" | "end" | "text">;

function resolve(result: chrono.ParsedResult, sentence: string, published: number, direction: Direction): Resolution | null {
  const text = result.text.toLowerCase();
  const start = result.start;
  const day = (value: number, certainty: number): Resolution => ({ day: value, precision: "day", certainty });
  const month = (value: number, certainty: number): Resolution => ({ day: value, precision: "month", certainty });
  if (DURATION.test(text) && !RELATIVE_PERIOD.test(text)) return null; // "within 48 hours", "for eight years"
  if (/^\d{1,2}[/.]\d{1,2}$/.test(text)) return null; // "4/5" is as likely a score or a ratio
  if (/\bago\b/.test(text)) {
    const value = dayFromParts(start.get("year")!, start.get("month")!, start.get("day")!);
    return value === null ? null : day(value, 0.7);
  }
  if (/\byesterday\b|\blast night\b/.test(text)) return day(published - 1, 0.8);
  if (/\btoday\b|\btonight\b|\bthis (?:morning|afternoon|evening)\b/.test(text)) return day(published, 0.85);
  if (/\btomorrow\b/.test(text)) return day(published + 1, 0.8);
  if (/\b(?:last|past) week\b/.test(text)) return day(mondayOf(published) - 7, 0.5);
  if (/\bnext week\b/.test(text)) return day(mondayOf(published) + 7, 0.5);
  if (/\bthis week\b/.test(text)) return day(mondayOf(published), 0.5);
  if (/\bweekend\b/.test(text)) return day(resolveWeekday(6, published, direction), 0.6);
  if (/\blast month\b/.test(text)) return month(monthStart(published, -1), 0.5);
  if (/\bnext month\b/.test(text)) return month(monthStart(published, 1), 0.5);
  if (/\bthis month\b/.test(text)) return month(monthStart(published, 0), 0.5);
  if (/\byear\b/.test(text)) return null; // "earlier this year": too vague to place
  if (start.isCertain("day") && start.isCertain("month")) {
    if (start.isCertain("year")) {
      const value = dayFromParts(start.get("year")!, start.get("month")!, start.get("day")!);
      return value === null ? null : day(value, 0.95);
    }
    const value = resolveMonthDay(start.get("month")!, start.get("day")!, published, direction);
    return value === null ? null : day(value, 0.9);
  }
  if (start.isCertain("weekday")) {
    if (NEWSPAPER.test(sentence.slice(result.index + result.text.length))) return null; // "Sunday Times"
    const strict = /^(?:last|next)\b/.test(text);
    const towards = /^last\b/.test(text) ? "past" : /^next\b/.test(text) ? "future" : direction;
    return day(resolveWeekday(start.get("weekday")!, published, towards, strict), 0.8);
  }
  if (start.isCertain("month")) {
    // A bare month name needs a capital and a cue ("in March"): "the march on Kyiv", "May said".
    const word = sentence.slice(result.index, result.index + result.text.length);
    if (!/\p{Lu}/u.test(word[0] ?? "") && !/\d/.test(word)) return null;
    if (!start.isCertain("year") && !MONTH_CUE.test(sentence.slice(Math.max(0, result.index - 12), result.index))) return null;
    if (start.isCertain("year")) return month(dayFromParts(start.get("year")!, start.get("month")!, 1)!, 0.6);
    const following = sentence.slice(result.index + result.text.length, result.index + result.text.length + 12);
    if (/^\s+last year\b/.test(following)) return month(dayFromParts(dayParts(published).year - 1, start.get("month")!, 1)!, 0.6);
    return month(resolveMonth(start.get("month")!, published, direction), 0.6);
  }
  return null; // a time of day, "now"
}

/**
 * The date phrases of one sentence. `futureAt(start, end)` says whether the phrase at those
 * offsets belongs to a verb in the future tense.
 */
export function findDatePhrases(sentence: string, published: number, futureAt: (start: number, end: number) => boolean): DatePhrase[] {
  const phrases: DatePhrase[] = [];
  const reference = { instant: new Date(published * 86_400_000 + 43_200_000), timezone: 0 };
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(sentence, reference, { forwardDate: false });
  } catch {
    results = [];
  }
  for (const result of results) {
    const start = result.index;
    const end = start + result.text.length;
    const lead = sentence.slice(Math.max(0, start - 24), start);
    if (/^(?:'s|’s)\b/u.test(sentence.slice(end, end + 2))) continue; // "Saturday's violence" names an event, it doesn't date the verb
    if (/\bsince\s+(?:the\s+)?$/iu.test(lead)) continue; // "sheltering there since December": how long, not when
    const future = futureAt(start, end) || /\b(?:planned|scheduled|due|set|slated|expected)\s+(?:for|on)\s+$/iu.test(lead);
    const resolved = resolve(result, sentence, published, future ? "future" : "past");
    // A past-tense sentence can't speak of a day after its own publication.
    if (!resolved || (resolved.day! > published && !future)) continue;
    phrases.push({ start, end, text: result.text, ...resolved });
  }
  // A past year ("in 2014", "during 2008"): the sentence is history, not news.
  const { year } = dayParts(published);
  for (const match of sentence.matchAll(/\b(?:in|during)\s+((?:19|20)\d\d)\b(?![-–/]?\d)/g)) {
    if (Number(match[1]) >= year) continue;
    if (phrases.some((phrase) => phrase.start <= match.index && match.index < phrase.end)) continue;
    phrases.push({ start: match.index, end: match.index + match[0].length, text: match[0], day: null, precision: "day", certainty: 0 });
  }
  return phrases.sort((a, b) => a.start - b.start);
}
