// The article assistant on the server: @rti/extract's candidates for an article, kept to actors
// the index knows, each flagged when an event already records it (same dyad, day and root code).
import type { Db, EventStatus } from "@rti/db";
import { cameoReferenceFromRows, extractCandidates, type CameoReference, type Candidate } from "@rti/extract";
import type { ArticleInput } from "../../schemas/assistant";
import { day } from "../events/dto";
import { loadReference } from "../reference";

export interface MatchingEvent {
  id: string;
  title: string;
  status: EventStatus;
  code: string;
}
export type AssistantCandidate = Candidate & { existing: MatchingEvent[] };

// The taxonomy and the actors are reference data, seeded once: read them once per database.
const references = new WeakMap<Db, Promise<{ cameo: CameoReference; actors: Set<string> }>>();

function referenceOf(db: Db) {
  let found = references.get(db);
  if (!found) {
    found = loadReference(db).then(({ actors, cameo }) => ({
      cameo: cameoReferenceFromRows([...cameo].map(([code, c]) => ({ code, ...c }))),
      actors: new Set(actors.keys()),
    }));
    found.catch(() => references.delete(db));
    references.set(db, found);
  }
  return found;
}

const rootOf = (code: string) => code.slice(0, 2);

export async function extractFromArticle(db: Db, input: ArticleInput): Promise<AssistantCandidate[]> {
  const { cameo, actors } = await referenceOf(db);
  const candidates = extractCandidates(input, cameo).filter((c) => actors.has(c.source) && actors.has(c.target));
  if (candidates.length === 0) return [];
  const recorded = await db.event.findMany({
    where: {
      dyad: { slug: { in: [...new Set(candidates.map((c) => c.dyad))] } },
      date: { in: [...new Set(candidates.map((c) => new Date(`${c.date}T00:00:00Z`)))] },
      status: { notIn: ["rejected", "retracted"] },
    },
    select: { id: true, title: true, status: true, cameoCode: true, date: true, dyad: { select: { slug: true } } },
    orderBy: { createdAt: "asc" },
  });
  return candidates.map((c) => ({
    ...c,
    existing: recorded
      .filter((e) => e.dyad.slug === c.dyad && day(e.date) === c.date && rootOf(e.cameoCode) === rootOf(c.code))
      .map((e) => ({ id: e.id, title: e.title, status: e.status, code: e.cameoCode })),
  }));
}
