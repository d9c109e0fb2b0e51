// Every actor the index can name: the ISO 3166-1 countries (names from i18n-iso-countries,
// which tracks the standard) and the organisations that events commonly involve.
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };

countries.registerLocale(en);

export const ORGANISATIONS = [
  { code: "EUR", name: "European Union" },
  { code: "NATO", name: "North Atlantic Treaty Organization" },
  { code: "UNO", name: "United Nations" },
  { code: "ASEAN", name: "Association of Southeast Asian Nations" },
  { code: "AFU", name: "African Union" },
  { code: "OSCE", name: "Organization for Security and Co-operation in Europe" },
] as const;

/**
 * The short everyday name ("Russia", not "Russian Federation") unless it is an abbreviation,
 * an inverted form ("Korea, Republic of") or shared with another country ("Congo").
 */
function displayName(alpha2: string, taken: Set<string>): string {
  const official = countries.getName(alpha2, "en", { select: "official" }) ?? alpha2;
  const alias = countries.getName(alpha2, "en", { select: "alias" });
  const usable = alias && alias !== alias.toUpperCase() && !alias.includes(", ") && !taken.has(alias);
  return usable ? alias : official;
}

export function countryActors(): { code: string; name: string }[] {
  const codes = Object.entries(countries.getAlpha3Codes()); // [alpha3, alpha2]
  const officialNames = new Set(codes.map(([, a2]) => countries.getName(a2, "en", { select: "official" }) ?? ""));
  const aliasCounts = new Map<string, number>();
  for (const [, a2] of codes) {
    const alias = countries.getName(a2, "en", { select: "alias" });
    if (alias) aliasCounts.set(alias, (aliasCounts.get(alias) ?? 0) + 1);
  }
  return codes.map(([alpha3, alpha2]) => {
    const own = countries.getName(alpha2, "en", { select: "official" });
    const taken = new Set([...officialNames].filter((n) => n !== own));
    for (const [alias, count] of aliasCounts) if (count > 1) taken.add(alias);
    return { code: alpha3, name: displayName(alpha2, taken) };
  });
}
