import { describe, expect, it } from "vitest";
import { dayFromParts, dayString } from "./calendar";
import { findDatePhrases, resolveMonthDay, resolveWeekday } from "./dates";
import { futureNear, verbsOf } from "./tense";

// Monday 22 March 2021, the stack notes' example.
const MONDAY = dayFromParts(2021, 3, 22)!;

/** The date phrases of a sentence, as the engine reads them (tense from compromise). */
function phrases(sentence: string, published = MONDAY) {
  const verbs = verbsOf(sentence);
  return findDatePhrases(sentence, published, (start, end) => futureNear(verbs, start, end)).map((phrase) => ({
    text: phrase.text,
    day: phrase.day === null ? null : dayString(phrase.day),
    precision: phrase.precision,
    certainty: phrase.certainty,
  }));
}

describe("weekdays resolve by tense", () => {
  it("a past-tense weekday looks back: 'on Wednesday expelled' on Monday 2021-03-22 is 2021-03-17", () => {
    expect(phrases("The ministry on Wednesday expelled two diplomats.")).toEqual([
      { text: "on Wednesday", day: "2021-03-17", precision: "day", certainty: 0.8 },
    ]);
  });

  it("a future-tense weekday looks ahead: 'will meet on Friday' is 2021-03-26", () => {
    expect(phrases("The two sides will meet on Friday.")[0]?.day).toBe("2021-03-26");
  });

  it("the publication's own weekday is that day; 'last Monday' is the week before", () => {
    expect(phrases("Russia on Monday recalled its envoy.")[0]?.day).toBe("2021-03-22");
    expect(phrases("Russia recalled its envoy last Monday.")[0]?.day).toBe("2021-03-15");
  });

  it("resolveWeekday goes either way", () => {
    expect(dayString(resolveWeekday(3, MONDAY, "past"))).toBe("2021-03-17");
    expect(dayString(resolveWeekday(5, MONDAY, "future"))).toBe("2021-03-26");
    expect(dayString(resolveWeekday(1, MONDAY, "past", true))).toBe("2021-03-15");
  });
});

describe("relative days", () => {
  it("yesterday is the day before publication", () => {
    expect(phrases("Yesterday the army fired artillery.")).toEqual([{ text: "Yesterday", day: "2021-03-21", precision: "day", certainty: 0.8 }]);
  });

  it("last week is the Monday of the week before, with low certainty", () => {
    expect(phrases("Parliament last week declared it an enemy.")).toEqual([
      { text: "last week", day: "2021-03-15", precision: "day", certainty: 0.5 },
    ]);
  });

  it("earlier this month and last month are month-precision dates on the 1st", () => {
    expect(phrases("Earlier this month the ministry recalled its envoy.")[0]).toMatchObject({ day: "2021-03-01", precision: "month", certainty: 0.5 });
    expect(phrases("Last month the ministry recalled its envoy.")[0]).toMatchObject({ day: "2021-02-01", precision: "month" });
  });
});

describe("explicit dates", () => {
  it("a full date is certain; a month and day take the latest such day before publication", () => {
    expect(phrases("On March 17, 2021 Russia recalled its envoy.")[0]).toMatchObject({ day: "2021-03-17", certainty: 0.95 });
    expect(phrases("On Jan. 26 the two leaders spoke.")[0]).toMatchObject({ day: "2021-01-26", certainty: 0.9 });
    expect(phrases("On 26 January the two leaders spoke.")[0]).toMatchObject({ day: "2021-01-26", certainty: 0.9 });
    // In an article of January, "Dec. 28" was last year.
    expect(phrases("On Dec. 28 the talks failed.", dayFromParts(2021, 1, 5)!)[0]?.day).toBe("2020-12-28");
    expect(dayString(resolveMonthDay(12, 28, dayFromParts(2021, 1, 5)!, "past")!)).toBe("2020-12-28");
  });

  it("a date after publication stands only in the future tense", () => {
    expect(phrases("China said it would impose tariffs from April 10.")[0]?.day).toBe("2021-04-10");
    expect(phrases("The summit took place on March 30, 2021.")).toEqual([]);
  });

  it("a past year marks the sentence as history; 'since' and newspapers' names are not dates", () => {
    expect(phrases("Russia annexed Crimea in 2014.")).toEqual([{ text: "in 2014", day: null, precision: "day", certainty: 0 }]);
    expect(phrases("He had been sheltering there since December.")).toEqual([]);
    expect(phrases("The Sunday Times reported the talks.")).toEqual([]);
    expect(phrases("The march on Kyiv stalled.")).toEqual([]);
    expect(phrases("Russia may retaliate within 48 hours.")).toEqual([]);
  });
});
