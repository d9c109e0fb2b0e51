// From a rule's code to the code of what the sentence says: nothing when it is denied, the
// intention when it lies ahead ("will meet" is 036, not 040), the threat when force is promised.
import { rootCode } from "./cameo";
import type { Role } from "./data/rules";

const NEGATION = /\b(?:not|n't|never|no longer|refus\w* to|declin\w* to|den(?:y|ies|ied|ying)|without)\s+(?:\S+\s+){0,2}$/iu;
const FUTURE =
  /\b(?:will|would|shall|'ll|’ll|could|may|might|going to|(?:is|are|was|were) to|due to|set to|ready to|prepared to|willing to|(?:plan|intend|vow|pledg|promis|offer|propos|agree|challeng|invit|threaten)\w*\s+(?:\S+\s+){0,2}?to)\s+(?:\S+\s+){0,2}$/iu;

/** The intention to do what a cooperative code does (CAMEO 03x). */
const INTENT: Record<string, string> = {
  "04": "036",
  "045": "039",
  "05": "030",
  "06": "031",
  "061": "0311",
  "062": "0312",
  "063": "0313",
  "064": "0314",
  "07": "033",
  "071": "0331",
  "072": "0332",
  "073": "0333",
  "074": "0334",
  "08": "035",
  "083": "0342",
  "0841": "0353",
  "085": "0354",
  "087": "0356",
  "0871": "0356",
};

/** The threat of what a conflict code does (CAMEO 13x). */
const THREAT: Record<string, string> = {
  "15": "138",
  "16": "131",
  "161": "1313",
  "162": "1311",
  "163": "1312",
  "164": "134",
  "17": "130",
  "18": "138",
  "19": "1384",
  "191": "1381",
  "192": "1382",
  "20": "1385",
};

function mapped(table: Record<string, string>, code: string): string | undefined {
  return table[code] ?? table[code.slice(0, 3)] ?? table[rootCode(code)];
}

export interface Coding {
  code: string;
  /** The sentence speaks of what is yet to happen. */
  future: boolean;
}

/**
 * `before` is the clause's text up to the verb, `after` the rest of the clause. Announced
 * measures ("will impose tariffs", "would expel") are the measures themselves, as CAMEO codes
 * them on the day they are announced; only a condition ("if…") makes them threats.
 */
export function codeFor(code: string, role: Role, before: string, after: string, negatable: boolean): Coding | null {
  if (negatable && NEGATION.test(before)) return null;
  const future = FUTURE.test(before);
  if (!future || role === "threaten" || role === "appeal" || role === "demand") return { code, future };
  const root = Number(rootCode(code));
  if (root >= 4 && root <= 8) return { code: mapped(INTENT, code) ?? code, future };
  if (root === 15 || root >= 18) return { code: mapped(THREAT, code) ?? code, future };
  if ((root === 16 || root === 17) && /\bif\b/iu.test(after)) return { code: mapped(THREAT, code) ?? code, future };
  return { code, future };
}

/** A threat whose object is a measure of its own ("threatened to impose sanctions") takes that measure's threat code. */
export function threatOf(code: string): string | undefined {
  return mapped(THREAT, code);
}
