// Reference data every database needs: actors and the CAMEO taxonomy. Idempotent: new rows
// are added, existing ones left as they are. (Demo users and events: @rti/api's demo seed,
// which goes through the editorial workflow.)
import type { Db } from "../client";
import { countryActors, ORGANISATIONS } from "./actors";
import { cameoCodes } from "./cameo";

export async function seedReference(db: Db): Promise<void> {
  const actors = [
    ...countryActors().map((a) => ({ ...a, kind: "country" as const })),
    ...ORGANISATIONS.map((o) => ({ ...o, kind: "organisation" as const })),
  ];
  await db.actor.createMany({ data: actors, skipDuplicates: true });
  await db.cameoCode.createMany({ data: cameoCodes(), skipDuplicates: true });
}
