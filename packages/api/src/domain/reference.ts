// The actors and CAMEO codes rows and articles are checked against (imports, the assistant): a few
// hundred rows, read once per import or cached, where a query per row would cost more than the work.
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
