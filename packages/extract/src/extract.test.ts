import { describe, expect, it } from "vitest";
import { cameoReferenceFromRows, extractCandidates, type ArticleInput, type Candidate } from "./index";
import { cameoFromDatabaseFile, loadFixtures } from "./testing";

const cameo = cameoFromDatabaseFile();

function run(text: string, publishedAt = "2021-03-22", more: Partial<ArticleInput> = {}): Candidate[] {
  return extractCandidates({ text, publishedAt, ...more }, cameo);
}

/** source→target code date, the gist of a candidate. */
function gist(candidates: Candidate[]): string[] {
  return candidates.map((candidate) => `${candidate.source}>${candidate.target} ${candidate.code} ${candidate.date}`);
}

describe("a candidate", () => {
  it("has the stack notes' date, the actors, the code and its Goldstein value, a headline and the sentence", () => {
    const text = "MOSCOW (Reuters) - Russia's Foreign Ministry on Wednesday expelled two Polish diplomats.";
    const [candidate, ...others] = run(text);
    expect(others).toEqual([]);
    expect(candidate).toMatchObject({
      date: "2021-03-17",
      datePrecision: "day",
      certainty: 0.8,
      dateText: "on Wednesday",
      source: "RUS",
      target: "POL",
      dyad: "pol-rus",
      code: "161",
      codeName: "Reduce or break diplomatic relations",
      intensity: -4,
      title: "Russia expels Polish diplomats",
    });
    expect(candidate!.alternatives).toEqual([{ code: "174", name: "Expel or deport individuals", intensity: -5 }]);
    expect(candidate!.evidence).toEqual({ text: text.slice(19), start: 19, end: text.length });
  });

  it("falls back to the publication date, with low certainty, when the text gives none", () => {
    const [candidate] = run("Russia expelled two Polish diplomats.");
    expect(candidate).toMatchObject({ date: "2021-03-22", certainty: 0.3, dateText: null });
  });

  it("takes the date of the sentence before when it has none of its own", () => {
    const [, second] = run("Russia on Wednesday recalled its ambassador from Washington. Moscow also expelled two Polish diplomats.");
    expect(second).toMatchObject({ source: "RUS", target: "POL", date: "2021-03-17", dateText: "on Wednesday", certainty: 0.6 });
  });

  it("resolves dates in the publisher's zone: 'yesterday' in Tokyo at 01:00 on the 22nd is the 21st", () => {
    const text = "Japan yesterday protested to China over the ships.";
    expect(gist(run(text, "2021-03-22T01:00:00+09:00", { timeZone: "Asia/Tokyo" }))).toEqual(["JPN>CHN 114 2021-03-21"]);
    expect(gist(run(text, "2021-03-21T16:00:00Z", { timeZone: "Asia/Tokyo" }))).toEqual(["JPN>CHN 114 2021-03-21"]);
    expect(gist(run(text, "2021-03-21T16:00:00Z"))).toEqual(["JPN>CHN 114 2021-03-20"]);
  });

  it("codes an intention for the day it was stated, not the day it names", () => {
    expect(gist(run("Russia and Ukraine will meet on Friday, the Kremlin said on Monday."))).toEqual(["RUS>UKR 036 2021-03-22"]);
  });

  it("turns a promise of force into a threat", () => {
    expect(gist(run("Pakistan said on Monday it would respond to India."))).toEqual(["PAK>IND 130 2021-03-22"]);
    expect(gist(run("North Korea said on Monday it would launch strikes on South Korea."))).toEqual(["PRK>KOR 1384 2021-03-22"]);
  });

  it("skips what is denied, history, and a country talking about itself", () => {
    expect(run("Russia denied attacking Ukraine on Monday.")).toEqual([]);
    expect(run("Russia annexed Crimea from Ukraine in 2014.")).toEqual([]);
    expect(run("Brazil's Senate voted on Wednesday to remove the president of Brazil.")).toEqual([]);
  });
});

describe("who acted on whom", () => {
  it("reads the subject before the verb and the object after it, not the order of mention", () => {
    expect(gist(run("Ukraine said on Monday that Russia had attacked its eastern border posts."))).toEqual(["RUS>UKR 190 2021-03-22"]);
  });

  it("turns a passive round: 'Ukraine was attacked by Russia'", () => {
    expect(gist(run("Ukraine was attacked by Russia on Monday."))).toEqual(["RUS>UKR 190 2021-03-22"]);
    expect(gist(run("Two Polish diplomats were expelled by Moscow on Wednesday."))).toEqual(["RUS>POL 161 2021-03-17"]);
  });

  it("lets actors named together act together", () => {
    expect(gist(run("Germany, France and Poland on Monday expelled Russian diplomats."))).toEqual([
      "DEU>RUS 161 2021-03-22",
      "FRA>RUS 161 2021-03-22",
      "POL>RUS 161 2021-03-22",
    ]);
  });

  it("gives a pronoun subject to its speaker, and an accusation to its accused", () => {
    expect(gist(run("Saudi Arabia cut ties with Qatar on Monday, accusing it of supporting terrorism."))).toEqual([
      "SAU>QAT 161 2021-03-22",
      "SAU>QAT 112 2021-03-22",
    ]);
  });
});

describe("duplicates", () => {
  it("merges the same action reported twice into one candidate: the first sentence, the most specific code", () => {
    const candidates = run(
      "Russia on Wednesday cut diplomatic ties with Georgia. Moscow on Wednesday also closed Georgia's embassy and expelled its diplomats.",
    );
    expect(gist(candidates)).toEqual(["RUS>GEO 161 2021-03-17"]);
    expect(candidates[0]!.evidence.start).toBe(0);
  });

  it("keeps actions of different days, roots or directions apart", () => {
    expect(gist(run("North Korea shelled a South Korean island on Monday. South Korea returned fire on Monday."))).toEqual([
      "PRK>KOR 194 2021-03-22",
      "KOR>PRK 194 2021-03-22",
    ]);
  });
});

describe("evidence offsets", () => {
  it("always slice the input to the evidence text, fixtures and awkward input alike", () => {
    const inputs: ArticleInput[] = [
      ...loadFixtures(),
      { text: "<p>Russia <b>expelled</b> two &quot;Polish&quot; diplomats on Wednesday.</p>", publishedAt: "2021-03-22" },
      { text: "🇷🇺 Russia 💥 attacked 🇺🇦 Ukraine on Monday 😡.\r\n\r\nKyiv condemned the attack.", publishedAt: "2021-03-22" },
    ];
    let checked = 0;
    for (const input of inputs) {
      for (const candidate of extractCandidates(input, cameo)) {
        expect(input.text.slice(candidate.evidence.start, candidate.evidence.end)).toBe(candidate.evidence.text);
        expect(candidate.source).not.toBe(candidate.target);
        expect(candidate.alternatives.length).toBeLessThanOrEqual(3);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("reads past markup without moving an offset", () => {
    const text = "<p>Russia <b>expelled</b> two Polish diplomats on Wednesday.</p>";
    expect(run(text)[0]).toMatchObject({ code: "161", evidence: { start: 3, end: text.length - 4 } });
  });
});

describe("hostile input", () => {
  it("returns, and never throws, on anything", () => {
    const weird = [
      "",
      "x".repeat(1_000_000),
      ". ".repeat(500_000),
      '"'.repeat(100_000),
      "Russia \uD800 attacked \uDFFF Ukraine on Monday.\uD83D",
      "Russia\u0000 attacked\u0007 Ukraine\u202E on Monday.",
      "<script>alert(1)</script>".repeat(10_000),
      ("expelled " + "a ".repeat(50)).repeat(2000) + "diplomats",
      "On 31 February 2021 and 99/99/9999 Russia attacked Ukraine.",
    ];
    for (const text of weird) expect(Array.isArray(run(text))).toBe(true);
    for (const input of [null, undefined, {}, { text: 42, publishedAt: "2021-03-22" }, { text: "Russia attacked Ukraine.", publishedAt: "soon" }]) {
      expect(extractCandidates(input as unknown as ArticleInput, cameo)).toEqual([]);
    }
  });

  it("reads a megabyte of real prose in bounded time", () => {
    const prose = loadFixtures()
      .map((fixture) => fixture.text)
      .join("\n\n");
    const text = prose.repeat(Math.ceil(1_000_000 / prose.length)).slice(0, 1_000_000);
    const started = performance.now();
    expect(Array.isArray(run(text))).toBe(true);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("takes well under 100 ms an article once warm", () => {
    const fixtures = loadFixtures();
    for (const fixture of fixtures) extractCandidates(fixture, cameo);
    const started = performance.now();
    for (const fixture of fixtures) extractCandidates(fixture, cameo);
    expect((performance.now() - started) / fixtures.length).toBeLessThan(60);
  });
});

describe("cameoReferenceFromRows", () => {
  it("looks codes up, and the engine falls back to a code's parent the taxonomy has", () => {
    const reference = cameoReferenceFromRows([
      { code: "16", name: "Reduce relations", goldstein: -4 },
      { code: "161", name: "Reduce or break diplomatic relations", goldstein: -4 },
    ]);
    expect(reference.name("161")).toBe("Reduce or break diplomatic relations");
    expect(reference.goldstein("999")).toBeUndefined();
    const [candidate] = extractCandidates({ text: "Russia on Monday imposed sanctions on Ukraine.", publishedAt: "2021-03-22" }, reference);
    expect(candidate).toMatchObject({ code: "16", codeName: "Reduce relations", intensity: -4, alternatives: [] });
  });
});
