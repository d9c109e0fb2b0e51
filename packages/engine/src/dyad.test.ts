import { describe, expect, it } from "vitest";
import { dyadSlug, orderPair } from "./dyad";

describe("dyadSlug", () => {
  it("is the same whichever way round the actors come", () => {
    expect(dyadSlug("USA", "RUS")).toBe(dyadSlug("RUS", "USA"));
    expect(dyadSlug("usa", "RUS")).toBe("rus-usa");
  });

  it("sorts alphabetically, so organisations sort among countries", () => {
    expect(dyadSlug("NATO", "RUS")).toBe("nato-rus");
    expect(orderPair("USA", "EUR")).toEqual(["EUR", "USA"]);
  });

  it("refuses an actor paired with itself", () => {
    expect(() => dyadSlug("USA", "usa")).toThrow(/two different actors/);
  });
});
