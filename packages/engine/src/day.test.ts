import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber, dayString } from "./day";

describe("day numbers", () => {
  it("counts days since 1970-01-01 UTC", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("1969-12-31")).toBe(-1);
    expect(dayNumber("2000-01-01")).toBe(10_957); // 946,684,800 s since the epoch
    expect(dayNumber("2021-03-17") - dayNumber("2021-02-28")).toBe(17);
    expect(dayNumber("2020-03-01") - dayNumber("2020-02-28")).toBe(2); // leap year
  });

  it("turns back into the same calendar day", () => {
    fc.assert(fc.property(fc.integer({ min: -100_000, max: 100_000 }), (day) => dayNumber(dayString(day)) === day));
    expect(dayString(10_957)).toBe("2000-01-01");
  });

  it("refuses what is not a calendar day", () => {
    for (const bad of ["2021-02-29", "2021-02-30", "2021-13-01", "2021-3-17", "17/03/2021", "2021-03-17T00:00:00Z", ""]) {
      expect(() => dayNumber(bad), bad).toThrow(/Not a calendar day/);
    }
    expect(dayNumber("2020-02-29")).toBe(dayNumber("2020-03-01") - 1);
    expect(() => dayString(1.5)).toThrow(RangeError);
  });
});
