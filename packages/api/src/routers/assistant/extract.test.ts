// The article assistant over REST (POST /extract) and tRPC: candidates from @rti/extract, with
// their Goldstein intensity from the database and the events they probably duplicate.
import { getDb } from "@rti/db";
import { beforeAll, describe, expect, it } from "vitest";
import type { AssistantCandidate } from "../../domain/assistant/extract";
import { createTestEvent } from "../../testing";
import { errorOf, refusedParameters, restCaller } from "../../testing/rest";

const db = getDb();
type Caller = Awaited<ReturnType<typeof restCaller>>;
let editor: Caller;

const ARTICLE = {
  text: "Russia on Wednesday expelled two Polish diplomats, the Foreign Ministry in Moscow said. Poland's foreign minister condemned the expulsions on Thursday.",
  publishedAt: "2021-03-22",
  url: "https://example.org/expulsions",
  publisher: "Example Wire",
};

beforeAll(async () => {
  editor = await restCaller(db, ["editor"]);
});

const extract = async (body: object) => {
  const response = await editor.send("POST", "/extract", { body: JSON.stringify(body) });
  return { response, body: response.ok ? ((await response.json()) as { candidates: AssistantCandidate[] }) : null };
};

describe("POST /extract", () => {
  it("proposes the article's events, counting weekdays back from the publication day, with the sentence as evidence", async () => {
    const { response, body } = await extract(ARTICLE);
    expect(response.status).toBe(200);
    const expulsion = body!.candidates.find((c) => c.source === "RUS" && c.target === "POL");
    expect(expulsion).toMatchObject({ dyad: "pol-rus", date: "2021-03-17", datePrecision: "day", dateText: "on Wednesday" });
    expect(expulsion!.code.slice(0, 2)).toBe("16");
    const cameo = await db.cameoCode.findUniqueOrThrow({ where: { code: expulsion!.code } });
    expect(expulsion!.intensity).toBe(cameo.goldstein.toNumber());
    expect(expulsion!.codeName).toBe(cameo.name);
    const { text, start, end } = expulsion!.evidence;
    expect(ARTICLE.text.slice(start, end)).toBe(text);
    expect(text).toContain("expelled two Polish diplomats");

    const condemnation = body!.candidates.find((c) => c.source === "POL" && c.target === "RUS");
    expect(condemnation).toMatchObject({ date: "2021-03-18" });
    expect(condemnation!.code.slice(0, 2)).toBe("11");
  });

  it("flags a candidate an event already records (same dyad, day and root code)", async () => {
    const { body: before } = await extract(ARTICLE);
    const code = before!.candidates.find((c) => c.source === "RUS" && c.target === "POL")!.code;
    const { event } = await createTestEvent(db, {
      dyad: { actorA: "POL", actorB: "RUS", slug: "pol-rus" },
      fields: { source: "RUS", target: "POL", date: "2021-03-17", code, title: "Expulsion already recorded" },
    });
    const { body } = await extract(ARTICLE);
    const expulsion = body!.candidates.find((c) => c.source === "RUS" && c.target === "POL")!;
    expect(expulsion.existing).toEqual(expect.arrayContaining([{ id: event.id, title: "Expulsion already recorded", status: "draft", code }]));
    expect(body!.candidates.find((c) => c.source === "POL")!.existing).not.toEqual(expect.arrayContaining([expect.objectContaining({ id: event.id })]));
  });

  it("finds nothing in an article without an action between two countries", async () => {
    const { body } = await extract({ text: "The city council approved a new budget for schools and roads on Tuesday after a long debate.", publishedAt: "2024-05-02" });
    expect(body!.candidates).toEqual([]);
  });

  it("refuses bad input with 400 naming each field, and callers who are not editors", async () => {
    const { response } = await extract({ text: "Too short.", publishedAt: "22 March", timeZone: "Mars/Olympus", url: "ftp://x" });
    expect(response.status).toBe(400);
    expect(refusedParameters(await errorOf(response)).sort()).toEqual(["publishedAt", "text", "timeZone", "url"]);
    const reviewer = await restCaller(db, ["reviewer"]);
    expect((await reviewer.send("POST", "/extract", { body: JSON.stringify(ARTICLE) })).status).toBe(403);
    expect((await editor.send("POST", "/extract", { body: JSON.stringify(ARTICLE), headers: { Authorization: "" } })).status).toBe(401);
  });
});
