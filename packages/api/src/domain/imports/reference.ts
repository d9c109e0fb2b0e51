// The actors and CAMEO codes an import checks its rows against, read once per import: a few
// hundred rows, where a query per file row would cost more than the import itself.
import type { Db } from "@rti/db";

export interface Reference {
  actors: Map<string, { name: string; kind: "country" | "organisation" }>;
  cameo: Map<string, { name: string; goldstein: number }>;
}

export async function loadReference(db: Db): Promise<Reference> {
  const [actors, codes] = await Promise.all([
    db.actor.findMany({ select: { code: true, name: true, kind: true } }),
    db.cameoCode.findMany({ select: { code: true, name: true, goldstein: true } }),
  ]);
  return {
    actors: new Map(actors.map((a) => [a.code, { name: a.name, kind: a.kind }])),
    cameo: new Map(codes.map((c) => [c.code, { name: c.name, goldstein: c.goldstein.toNumber() }])),
  };
}
