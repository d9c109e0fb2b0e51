// The verbs of a sentence and whether they speak of the future, from compromise's tagger.
import nlp from "compromise";

export interface Verb {
  start: number;
  end: number;
  future: boolean;
  /** A purpose infinitive ("to analyse"): not the verb a date phrase belongs to. */
  purpose: boolean;
}

// Will/would/shall, modals of possibility, and plans: what follows has not happened yet.
const FUTURE_WORDS = /^(?:will|would|shall|'ll|’ll|could|may|might|is going to|are going to|going to)\b/i;
const FUTURE_BEFORE = /\b(?:will|would|shall|could|may|might)\s+(?:\w+\s+)?$/i;
// An infinitive after a verb of intention looks ahead ("agreed to meet on Friday", "challenged
// Biden to hold talks"); any other ("recalled him on Wednesday to analyse ties") is a purpose
// and doesn't carry the clause's tense.
const INTENTION_TO =
  /\b(?:agree\w*|plan\w*|intend\w*|offer\w*|propos\w*|hope\w*|want\w*|aim\w*|seek\w*|sought|expect\w*|vow\w*|pledg\w*|promis\w*|threaten\w*|prepar\w*|ready|due|set|going|about|scheduled|willing|(?:challeng|invit|urg|ask|press)\w*\s+\S+)\s+to\s+$/i;

interface VerbJson {
  text: string;
  offset?: { start: number; length: number };
  verb?: { grammar?: { tense?: string } };
}

export function verbsOf(sentence: string): Verb[] {
  let json: VerbJson[];
  try {
    json = nlp(sentence).verbs().json({ offset: true }) as VerbJson[];
  } catch {
    return []; // the tagger gave up on this text: no tense information
  }
  const verbs: Verb[] = [];
  for (const item of json) {
    if (!item.offset) continue;
    const start = item.offset.start;
    const end = start + item.offset.length;
    const text = sentence.slice(start, end);
    const lead = sentence.slice(Math.max(0, start - 40), start);
    const intended = INTENTION_TO.test(lead);
    const future = item.verb?.grammar?.tense === "FutureTense" || FUTURE_WORDS.test(text) || FUTURE_BEFORE.test(lead) || intended;
    verbs.push({ start, end, future, purpose: /\bto\s+$/i.test(lead) && !intended });
  }
  return verbs;
}

/** Whether the verb nearest to [start, end) speaks of the future. */
export function futureNear(verbs: Verb[], start: number, end: number): boolean {
  let best: Verb | undefined;
  let bestDistance = Infinity;
  for (const verb of verbs) {
    if (verb.purpose) continue;
    const distance = verb.end <= start ? start - verb.end : verb.start >= end ? verb.start - end : 0;
    if (distance < bestDistance) {
      best = verb;
      bestDistance = distance;
    }
  }
  return best?.future ?? false;
}
