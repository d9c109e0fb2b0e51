import { describe, expect, it } from "vitest";
import { loneSurrogateAt } from "./well-formed-text";

describe("loneSurrogateAt", () => {
  it("names the first value or key holding a lone surrogate, at any depth", () => {
    expect(loneSurrogateAt({ title: "ok", sources: [{ quote: "end \ud83d" }] })).toBe("sources.0.quote");
    expect(loneSurrogateAt({ event: { summary: "\udfff start" } })).toBe("event.summary");
    expect(loneSurrogateAt({ ["key \ud800"]: "value" })).toBe("key \ud800");
    expect(loneSurrogateAt("\ud800")).toBe("");
  });

  it("passes text, complete surrogate pairs and values that are not text", () => {
    expect(loneSurrogateAt({ title: "Smile 😀 \ud83d\ude00", n: 3, none: null, when: new Date(0), list: [1, "two"] })).toBeNull();
    expect(loneSurrogateAt(undefined)).toBeNull();
  });
});
