// What a row of an import file becomes: an event ready for the database, or a skip with a
// reason an editor can act on. Every format's mapping returns one of these.

/** An event as one file row describes it, checked against the reference data. */
export interface ImportedEvent {
  /** "gdelt:89169538", a CSV row's external_id, or null (the row can then be imported twice). */
  externalId: string | null;
  source: string;
  target: string;
  /** YYYY-MM-DD; for month precision, the 1st. */
  date: string;
  datePrecision: "day" | "month";
  code: string;
  intensity: number;
  /** Set only when the intensity departs from the code's Goldstein value. */
  intensityReason: string | null;
  weight: number;
  title: string;
  summary: string | null;
  sourceUrl: string;
  sourcePublisher: string | null;
  sourcePublishedAt: string | null;
  quote: string | null;
}

/** Why rows are skipped, as categories to count them by. */
export const SKIP_KINDS = {
  columns: "Wrong number of columns",
  id: "No usable event id",
  date: "No valid date",
  actor: "An actor is missing or unknown",
  same_actor: "Both actors are the same",
  code: "Unknown CAMEO code",
  intensity: "Intensity not usable",
  field: "A field is not valid",
  already_imported: "Already imported",
} as const;
export type SkipKind = keyof typeof SKIP_KINDS;

export interface Skip {
  kind: SkipKind;
  reason: string;
}

export type RowOutcome = { event: ImportedEvent; skip?: undefined } | { skip: Skip; event?: undefined };

export const skip = (kind: SkipKind, reason: string): RowOutcome => ({ skip: { kind, reason } });

export const ALREADY_IMPORTED: Skip = {
  kind: "already_imported",
  reason: "An event with this external id is already in the database (imported before, or earlier in this file).",
};

/** A day "YYYY-MM-DD" from 1900 to tomorrow (UTC), as the event form accepts; null otherwise. */
export function eventDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (year < 1900 || date.getTime() > Date.now() + 86_400_000) return null;
  return date.toISOString().slice(0, 10);
}

/** Rounds to one decimal, as intensities are stored. */
export const oneDecimal = (x: number) => Math.round(x * 10) / 10;
