// Event days are whole days since 1970-01-01 UTC: integers index the daily series directly.

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2021-03-17" → days since 1970-01-01 (UTC). Refuses impossible dates such as 2021-02-30. */
export function dayNumber(isoDay: string): number {
  const match = ISO_DAY.exec(isoDay);
  const day = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY : NaN;
  // Date.UTC rolls 02-30 over into March; the round trip catches it.
  if (!Number.isInteger(day) || dayString(day) !== isoDay) throw new RangeError(`Not a calendar day (YYYY-MM-DD): "${isoDay}".`);
  return day;
}

/** Days since 1970-01-01 (UTC) → "YYYY-MM-DD". */
export function dayString(day: number): string {
  if (!Number.isInteger(day)) throw new RangeError(`A day number must be a whole number; got ${day}.`);
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
