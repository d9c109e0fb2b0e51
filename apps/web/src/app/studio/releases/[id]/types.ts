import type { RouterOutputs } from "@rti/api";

export type Release = RouterOutputs["release"]["draft"];
export type Changelog = Release["changelog"];
/** A dyad's readable name ("Russia – United States") from its slug. */
export type NameOf = (slug: string) => string;
