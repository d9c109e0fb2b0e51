import { describe, expect, it } from "vitest";
import { dayFromParts, dayString, mondayOf, publicationDay, weekday } from "./calendar";

const day = (text: string) => publicationDay(text);

describe("publicationDay", () => {
  it("takes a plain date as written", () => {
    expect(dayString(day("2021-03-22")!)).toBe("2021-03-22");
  });

  it("reads a date-time in the publisher's zone: 01:00 on the 22nd in Tokyo is the 22nd there", () => {
    expect(dayString(publicationDay("2021-03-22T01:00:00+09:00", "Asia/Tokyo")!)).toBe("2021-03-22");
    // The same instant written in UTC is still the 21st there, but the 22nd in Tokyo.
    expect(dayString(publicationDay("2021-03-21T16:00:00Z", "Asia/Tokyo")!)).toBe("2021-03-22");
    expect(dayString(publicationDay("2021-03-21T16:00:00Z", "America/New_York")!)).toBe("2021-03-21");
  });

  it("without a zone, keeps the date the publisher wrote at its own offset", () => {
    expect(dayString(day("2021-03-22T01:00:00+09:00")!)).toBe("2021-03-22");
    expect(dayString(day("2021-03-21T23:30:00-05:00")!)).toBe("2021-03-21");
  });

  it("ignores a zone it doesn't know and refuses dates that don't exist", () => {
    expect(dayString(publicationDay("2021-03-22T01:00:00+09:00", "Mars/Olympus")!)).toBe("2021-03-22");
    expect(day("2021-02-30")).toBeNull();
    expect(day("last Tuesday")).toBeNull();
    expect(day("")).toBeNull();
  });
});

describe("day arithmetic", () => {
  it("knows weekdays and Mondays", () => {
    const monday = dayFromParts(2021, 3, 22)!;
    expect(weekday(monday)).toBe(1);
    expect(dayString(mondayOf(monday + 6))).toBe("2021-03-22");
    expect(dayString(mondayOf(monday - 1))).toBe("2021-03-15");
  });
});
