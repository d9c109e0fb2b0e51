"use client";
import { Combobox } from "./combobox";
import { Field } from "./field";
import type { Actor } from "./form-values";
import { useReference } from "./use-reference";

const labelOf = (a: Actor) => `${a.name} (${a.code})`;

/** Code first (RUS), then names starting with the query, then names containing it. */
function searchActors(actors: readonly Actor[], query: string): Actor[] {
  const q = query.toLowerCase();
  const rank = (a: Actor) => {
    const code = a.code.toLowerCase();
    const name = a.name.toLowerCase();
    if (code === q) return 0;
    if (code.startsWith(q)) return 1;
    if (name.startsWith(q)) return 2;
    if (name.split(/[\s-]+/).some((word) => word.startsWith(q))) return 3;
    return name.includes(q) || labelOf(a).toLowerCase() === q ? 4 : null;
  };
  return actors
    .map((a) => ({ a, r: rank(a) }))
    .filter((x): x is { a: Actor; r: number } => x.r !== null)
    .sort((x, y) => x.r - y.r || x.a.name.localeCompare(y.a.name))
    .map((x) => x.a);
}

const isExact = (a: Actor, q: string) => [a.code, a.name, labelOf(a)].some((s) => s.toLowerCase() === q);

export function ActorPicker({ name, hint, value, onChange }: { name: "source" | "target"; hint: string; value: string; onChange: (code: string) => void }) {
  const { actors } = useReference();
  return (
    <Field name={name} hint={hint}>
      {(control) => (
        <Combobox
          control={control}
          items={actors}
          value={value}
          onChange={onChange}
          keyOf={(a) => a.code}
          labelOf={labelOf}
          search={searchActors}
          isExact={isExact}
          renderOption={(a) => (
            <>
              {a.name} <span className="code">({a.code})</span>
              {a.kind === "organisation" ? <span className="muted"> · organisation</span> : null}
            </>
          )}
          listLabel="Countries and organisations that match"
          noMatches="No country or organisation matches; try its English name or three-letter code."
        />
      )}
    </Field>
  );
}
