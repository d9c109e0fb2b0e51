"use client";
// The intensity table's changes: one row per CAMEO code, each a code picker and the intensity
// that replaces its Goldstein value. Rows come and go with buttons; focus follows the change.
import { use, useEffect, useRef } from "react";
import { cameoSearch, formatGoldstein } from "~/components/studio/event-form/cameo-picker";
import { Combobox } from "~/components/studio/event-form/combobox";
import { FieldError, FieldErrorsContext, FieldHint, useControl } from "~/components/studio/event-form/field";
import { fieldId } from "~/components/studio/event-form/field-names";
import { useReference } from "~/components/studio/event-form/use-reference";
import { overrideRow, rowField, type OverrideRow } from "./form-values";

const ADD_BUTTON_ID = "methodology-add-override";

export function OverrideRows({ rows, onChange }: { rows: OverrideRow[]; onChange: (rows: OverrideRow[]) => void }) {
  const tableErrors = use(FieldErrorsContext).intensityOverrides;
  // Where focus goes once the rows change: the new row's picker, or "Add override" after a removal.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  function add() {
    const row = overrideRow();
    focusNext.current = fieldId(rowField(row, "code"));
    onChange([...rows, row]);
  }

  function remove(key: string) {
    focusNext.current = ADD_BUTTON_ID;
    onChange(rows.filter((r) => r.key !== key));
  }

  const update = (key: string, change: Partial<OverrideRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));

  return (
    <fieldset className="methodology-overrides-field" aria-describedby={`methodology-overrides-hint${tableErrors ? " methodology-overrides-error" : ""}`}>
      <legend>Intensity overrides</legend>
      <p className="hint" id="methodology-overrides-hint">
        An event counts with its CAMEO code&apos;s Goldstein value unless its editor gave another one with a reason. An
        override changes the value for every event of that code; an editor&apos;s own value still wins.
      </p>
      {tableErrors ? (
        <p className="error" id="methodology-overrides-error">
          {tableErrors[0]}
        </p>
      ) : null}
      {rows.length === 0 ? <p className="muted">No overrides: every code counts with its Goldstein value.</p> : null}
      {rows.map((row, i) => (
        <OverrideRowFields key={row.key} row={row} n={i + 1} onChange={(change) => update(row.key, change)} onRemove={() => remove(row.key)} />
      ))}
      <button type="button" id={ADD_BUTTON_ID} className="button secondary" onClick={add}>
        Add override
      </button>
    </fieldset>
  );
}

function OverrideRowFields({
  row,
  n,
  onChange,
  onRemove,
}: {
  row: OverrideRow;
  n: number;
  onChange: (change: Partial<OverrideRow>) => void;
  onRemove: () => void;
}) {
  const { codes } = useReference();
  const cameo = codes.find((c) => c.code === row.code);
  const codeName = rowField(row, "code");
  const intensityName = rowField(row, "intensity");
  const code = useControl(codeName, true);
  const intensity = useControl(intensityName, true);
  return (
    <fieldset className="methodology-override">
      <legend>Override {n}</legend>
      <div className="field">
        <label htmlFor={code.control.id}>CAMEO code</label>
        <FieldHint name={codeName}>Type its first digits (17) or words from its name (sanctions).</FieldHint>
        <FieldError name={codeName} errors={code.errors} />
        <Combobox
          control={code.control}
          items={codes}
          value={row.code}
          onChange={(picked) => onChange({ code: picked })}
          {...cameoSearch}
        />
      </div>
      <div className="field">
        <label htmlFor={intensity.control.id}>New intensity</label>
        <FieldHint name={intensityName}>
          {cameo ? `Goldstein value ${formatGoldstein(cameo.goldstein)}; from −10 to +10.` : "Pick a code to see its Goldstein value; from −10 to +10."}
        </FieldHint>
        <FieldError name={intensityName} errors={intensity.errors} />
        <input
          {...intensity.control}
          type="number"
          inputMode="decimal"
          step="any"
          min={-10}
          max={10}
          value={row.intensity}
          onChange={(event) => onChange({ intensity: event.target.value })}
        />
      </div>
      <button type="button" className="button secondary" onClick={onRemove}>
        Remove override {n}
      </button>
    </fieldset>
  );
}
