import { describe, expect, it } from "vitest";
import { ArticleActors, findMentions } from "./actors";
import { dayFromParts } from "./calendar";

/** The actor codes a sentence names in June of a year, after the article's earlier sentences. */
function actors(sentence: string, year: number, earlier: string[] = []): string[] {
  const state = ArticleActors.forArticle([...earlier, sentence].join(" "), []);
  const day = dayFromParts(year, 6, 1)!;
  for (const before of earlier) findMentions(before, day, state);
  return findMentions(sentence, day, state).map((mention) => mention.code);
}

describe("leaders count for their country only while in office", () => {
  it("Trump is the United States in 2019 and 2025, not in 2022", () => {
    expect(actors("Trump said so.", 2019)).toEqual(["USA"]);
    expect(actors("Trump said so.", 2022)).toEqual([]);
    expect(actors("Trump said so.", 2025)).toEqual(["USA"]);
  });

  it("Biden in 2019 was no head of state; in 2022 he was", () => {
    expect(actors("Biden said so.", 2019)).toEqual([]);
    expect(actors("Biden said so.", 2022)).toEqual(["USA"]);
  });

  it("Putin, Lavrov, Zelenskiy, Blinken and Rubio by their terms", () => {
    expect(actors("Putin said so.", 2003)).toEqual(["RUS"]);
    expect(actors("Lavrov said so.", 2003)).toEqual([]);
    expect(actors("Lavrov said so.", 2010)).toEqual(["RUS"]);
    expect(actors("Zelenskiy said so.", 2018)).toEqual([]);
    expect(actors("Zelensky and Zelenskyy said so.", 2022)).toEqual(["UKR", "UKR"]);
    expect(actors("Blinken said so.", 2024)).toEqual(["USA"]);
    expect(actors("Rubio said so.", 2024)).toEqual([]);
    expect(actors("Rubio said so.", 2025)).toEqual(["USA"]);
  });

  it("one name, several offices: Tusk was Poland's prime minister, then the EU's, then Poland's again", () => {
    expect(actors("Donald Tusk said so.", 2012)).toEqual(["POL"]);
    expect(actors("Donald Tusk said so.", 2017)).toEqual(["EUR"]);
    expect(actors("Donald Tusk said so.", 2024)).toEqual(["POL"]);
  });

  it("a common surname needs the full name first; a former leader is nobody's actor", () => {
    expect(actors("Abe said so.", 2015)).toEqual([]);
    expect(actors("Abe said so.", 2015, ["Shinzo Abe arrived."])).toEqual(["JPN"]);
    expect(actors("Former President Bush met Putin.", 2010)).toEqual(["RUS"]);
  });
});

describe("names, demonyms, capitals and institutions", () => {
  it("finds countries by name, demonym, capital and institution", () => {
    expect(actors("The United States, Britain and the U.K. met.", 2020)).toEqual(["USA", "GBR", "GBR"]);
    expect(actors("Moscow expelled two Polish diplomats, the Kremlin said.", 2020)).toEqual(["RUS", "POL", "RUS"]);
    expect(actors("Kiev and Kyiv, Beijing and Washington, the White House and the Pentagon.", 2020)).toEqual(["UKR", "UKR", "CHN", "USA", "USA", "USA"]);
    expect(actors("Downing Street, the Elysee and Zhongnanhai replied.", 2020)).toEqual(["GBR", "FRA", "CHN"]);
  });

  it("a ministry belongs to the country named with it, or to the first one the sentence names", () => {
    expect(actors("The Foreign Ministry in Beijing said Pyongyang had erred.", 2006)).toEqual(["CHN", "CHN", "PRK"]);
    expect(actors("Poland expelled them, the Foreign Ministry said.", 2020)).toEqual(["POL", "POL"]);
    expect(actors("Russia's Foreign Ministry said so.", 2020)).toEqual(["RUS"]);
  });

  it("the North and the South of a divided country", () => {
    expect(actors("The North said the South fired first.", 2010, ["North Korea shelled a South Korean island."])).toEqual(["PRK", "KOR"]);
  });

  it("names that are not actors: currencies, regions, conventions, members, allegiances", () => {
    expect(actors("The real fell against the U.S. dollar in Latin America.", 2016)).toEqual([]);
    expect(actors("He cited the Vienna Convention.", 2024)).toEqual([]);
    expect(actors("More than a dozen EU countries and a NATO member acted.", 2018)).toEqual([]);
    expect(actors("Forces retook the pro-Moscow province.", 2008)).toEqual([]);
  });

  it("records the preposition a mention hangs from", () => {
    const state = ArticleActors.forArticle("", []);
    const [warsaw, usa] = findMentions("In Warsaw, U.S. officials spoke.", dayFromParts(2014, 3, 18)!, state);
    expect(warsaw).toMatchObject({ code: "POL", governor: "in" });
    expect(usa).toMatchObject({ code: "USA", governor: null });
  });
});
