// CAMEO lookups: the reference the API passes in, and the code arithmetic the rules need.
import type { CameoReference } from "./types";

export function cameoReferenceFromRows(rows: { code: string; name: string; goldstein: number }[]): CameoReference {
  const byCode = new Map(rows.map((row) => [row.code, row]));
  return {
    name: (code) => byCode.get(code)?.name,
    goldstein: (code) => byCode.get(code)?.goldstein,
  };
}

/** "0211" → "02", "19" → "19". */
export function rootCode(code: string): string {
  return code.slice(0, 2);
}

/**
 * The code itself when the reference knows it, else its nearest ancestor ("1384" → "138" → "13"),
 * so a taxonomy without some leaves still gets a suggestion.
 */
export function knownCode(code: string, cameo: CameoReference): string | undefined {
  for (let length = code.length; length >= 2; length--) {
    const candidate = code.slice(0, length);
    if (cameo.name(candidate) !== undefined) return candidate;
  }
  return undefined;
}
