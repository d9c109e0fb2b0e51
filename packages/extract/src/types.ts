// The article assistant's interface: the API layer codes against exactly these names.

export interface ArticleInput {
  text: string;
  /** Publication date "YYYY-MM-DD" or an ISO date-time with offset ("2021-03-22T14:05:00+01:00"). */
  publishedAt: string;
  /** IANA zone of the publisher when known ("Europe/Moscow"); dates resolve in it. */
  timeZone?: string;
  url?: string;
  publisher?: string;
}

/** The CAMEO taxonomy as the database holds it (the API passes it in). */
export interface CameoReference {
  name(code: string): string | undefined;
  goldstein(code: string): number | undefined;
}

export interface Candidate {
  /** YYYY-MM-DD (1st of month when datePrecision is month). */
  date: string;
  datePrecision: "day" | "month";
  /** 0..1, how sure the date resolution is. */
  certainty: number;
  /** The phrase the date came from ("on Wednesday"), null when it fell back to the publication date. */
  dateText: string | null;
  /** Actor code, e.g. "RUS". */
  source: string;
  /** Actor code, e.g. "UKR"; never equal to source. */
  target: string;
  /** Lower-case sorted slug "rus-ukr". */
  dyad: string;
  /** Suggested CAMEO code ("172", "0211"…). */
  code: string;
  codeName: string;
  /** That code's Goldstein value. */
  intensity: number;
  /** Other codes considered, best first, at most 3. */
  alternatives: { code: string; name: string; intensity: number }[];
  /** A short suggested headline, e.g. "Russia expels Polish diplomats". */
  title: string;
  /** The sentence, with character offsets into input.text (text === input.text.slice(start, end)). */
  evidence: { text: string; start: number; end: number };
}
