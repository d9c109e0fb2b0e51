// Calendar days as day numbers (days since 1970-01-01). All arithmetic is in UTC on whole days,
// so no zone or daylight-saving change can move a date.

const MS_PER_DAY = 86_400_000;

export function dayFromParts(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  // Date.UTC rolls 30 February over into March: refuse dates that don't exist.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return ms / MS_PER_DAY;
}

export function dayString(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function dayParts(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The Monday of the week that holds `day`. */
export function mondayOf(day: number): number {
  return day - ((weekday(day) + 6) % 7);
}

function parseDayString(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return match ? dayFromParts(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/**
 * The publication's calendar day where it was published: a plain date as written; a date-time
 * in the publisher's zone when one is given (2021-03-21T17:00Z is already the 22nd in Tokyo),
 * otherwise as written at its own offset (the local date the publisher put on it).
 */
export function publicationDay(publishedAt: string, timeZone?: string): number | null {
  if (typeof publishedAt !== "string") return null;
  const written = publishedAt.trim();
  const literal = parseDayString(written);
  if (literal === null || /^\d{4}-\d{2}-\d{2}$/.test(written)) return literal;
  const instant = new Date(written);
  if (Number.isNaN(instant.getTime())) return null;
  if (timeZone) {
    try {
      // en-CA formats as YYYY-MM-DD.
      const local = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
      return parseDayString(local) ?? literal;
    } catch {
      return literal; // an unknown zone name: keep the publisher's own offset
    }
  }
  return literal;
}
