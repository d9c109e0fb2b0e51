import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { band, BANDS } from "./band";

describe("bands", () => {
  it("follow methodology.md: T < 20 friendly … T ≥ 80 hostile", () => {
    expect(band(0)).toBe("friendly");
    expect(band(19.999)).toBe("friendly");
    expect(band(20)).toBe("cordial");
    expect(band(39.99)).toBe("cordial");
    expect(band(40)).toBe("normal");
    expect(band(59.87)).toBe("normal"); // the worked example's day 0
    expect(band(60)).toBe("tense");
    expect(band(79.999)).toBe("tense");
    expect(band(80)).toBe("hostile");
    expect(band(100)).toBe("hostile");
  });

  it("cover 0 … 100 without gaps or overlaps, in order", () => {
    expect(BANDS[0]!.from).toBe(0);
    expect(BANDS.at(-1)!.to).toBe(100);
    BANDS.slice(1).forEach((b, i) => expect(b.from).toBe(BANDS[i]!.to));
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (value) => {
        const containing = BANDS.filter((b) => value >= b.from && (value < b.to || (b.to === 100 && value === 100)));
        return containing.length === 1 && containing[0]!.band === band(value);
      }),
    );
  });

  it("refuses values outside the index's range", () => {
    for (const bad of [-0.01, 100.01, Number.NaN]) expect(() => band(bad)).toThrow(RangeError);
  });
});
