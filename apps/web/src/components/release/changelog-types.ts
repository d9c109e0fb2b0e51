import type { RouterOutputs } from "@rti/api";

export type Changelog = RouterOutputs["release"]["get"]["changelog"];
/** A dyad's readable name ("Russia – United States") from its slug. */
export type NameOf = (slug: string) => string;
