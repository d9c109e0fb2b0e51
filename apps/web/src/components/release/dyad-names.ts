import type { NameOf } from "./changelog-types";

/** Names dyads from the actor list rather than the dyads in use: a dropped dyad may have no events left. */
export function dyadNamer(actors: { code: string; name: string }[]): NameOf {
  const names = new Map(actors.map((a) => [a.code.toLowerCase(), a.name]));
  return (slug) => slug.split("-").map((code) => names.get(code) ?? code.toUpperCase()).join(" – ");
}
