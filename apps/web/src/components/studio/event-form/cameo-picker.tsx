"use client";
import { Combobox } from "./combobox";
import { Field } from "./field";
import type { CameoCode } from "./form-values";
import { useReference } from "./use-reference";

/** "+3.4", "−7.0": the sign always shown, as Goldstein values are read as cooperation or conflict. */
export function formatGoldstein(value: number): string {
  const fixed = Math.abs(value).toFixed(1);
  return value > 0 ? `+${fixed}` : value < 0 ? `−${fixed}` : fixed;
}

const labelOf = (c: CameoCode) => `${c.code} ${c.name}`;

/** Digits match codes by prefix (04 → 04, 040, 041…); words must each start a word of the name. */
function searchCodes(codes: readonly CameoCode[], query: string): CameoCode[] {
  if (/^\d+$/.test(query)) return codes.filter((c) => c.code.startsWith(query));
  const words = query.toLowerCase().split(/\s+/);
  return codes.filter((c) => {
    const nameWords = c.name.toLowerCase().split(/[^a-z0-9]+/);
    return words.every((w) => nameWords.some((n) => n.startsWith(w)));
  });
}

const isExact = (c: CameoCode, q: string) => c.code === q || labelOf(c).toLowerCase() === q;

/** How a combobox searches and shows CAMEO codes (the event form and the methodology screen). */
export const cameoSearch = {
  keyOf: (c: CameoCode) => c.code,
  labelOf,
  search: searchCodes,
  isExact,
  renderOption: (c: CameoCode) => (
    <span className="cameo-option">
      <span className="code">{c.code}</span> <span>{c.name}</span>{" "}
      <span className="goldstein">Goldstein {formatGoldstein(c.goldstein)}</span>
    </span>
  ),
  listLabel: "Codes that match",
  noMatches: "No CAMEO code matches; try fewer words or the first digits of the code.",
};

export function CameoPicker({ value, onChange }: { value: string; onChange: (code: CameoCode | undefined) => void }) {
  const { codes } = useReference();
  return (
    <Field name="code" hint="Type the first digits of a code (04) or words from its name (impose sanctions).">
      {(control) => (
        <Combobox
          control={control}
          items={codes}
          value={value}
          onChange={(_code, item) => onChange(item)}
          {...cameoSearch}
        />
      )}
    </Field>
  );
}
