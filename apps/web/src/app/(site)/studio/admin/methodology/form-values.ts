// The new-version form's values as typed (strings, so nothing typed is lost to a conversion),
// checked with the very schema the API parses, and the API's field errors put back on the rows.
import type { RouterOutputs } from "@rti/api";
import { fieldErrorsOf, methodologyParamsInput, type FieldErrors, type MethodologyParams } from "@rti/api/schemas";
import { given, numberOrUndefined } from "~/components/studio/event-form/form-values";

export type MethodologyVersion = RouterOutputs["methodology"]["list"][number];

export interface OverrideRow {
  /** Identifies the row across additions and removals (React key, field names); never sent. */
  key: string;
  code: string;
  intensity: string;
}

export interface MethodologyValues {
  halfLifeDays: string;
  scale: string;
  overrides: OverrideRow[];
  notes: string;
}

let lastRowKey = 0;

export function overrideRow(code = "", intensity = ""): OverrideRow {
  lastRowKey += 1;
  return { key: `override-${lastRowKey}`, code, intensity };
}

/** A new version starts from the newest one, so changing one parameter keeps the others. */
export function valuesFrom(newest: MethodologyVersion | undefined): MethodologyValues {
  return {
    halfLifeDays: newest ? String(newest.halfLifeDays) : "30",
    scale: newest ? String(newest.scale) : "20",
    overrides: Object.entries(newest?.intensityOverrides ?? {}).map(([code, value]) => overrideRow(code, String(value))),
    notes: "",
  };
}

/** Field names of a row's controls; keyed by the row, not its position, so removing a row keeps the others' errors. */
export const rowField = (row: OverrideRow, part: "code" | "intensity") => `overrides.${row.key}.${part}`;

const OVERRIDES = /^intensityOverrides\.(.+)$/;
/** The schema of one override's value, to check rows the record leaves out (no code picked yet). */
const intensitySchema = methodologyParamsInput.shape.intensityOverrides.unwrap().valueType;

/** Errors as the API names them ("intensityOverrides.041") → the form's names ("overrides.override-3.intensity"). */
export function formFieldErrors(errors: FieldErrors, rows: readonly OverrideRow[]): FieldErrors {
  const out: FieldErrors = {};
  for (const [name, messages] of Object.entries(errors)) {
    const code = OVERRIDES.exec(name)?.[1];
    const row = code === undefined ? undefined : rows.find((r) => r.code === code);
    (out[row ? rowField(row, "intensity") : code === undefined ? name : "intensityOverrides"] ??= []).push(...messages);
  }
  return out;
}

/** The values as the API takes them, and what is wrong with them (empty when nothing is). */
export function checkValues(values: MethodologyValues): { input: MethodologyParams; errors: FieldErrors } {
  const halfLifeDays = numberOrUndefined(values.halfLifeDays);
  const scale = numberOrUndefined(values.scale);
  const input = {
    halfLifeDays: halfLifeDays ?? Number.NaN,
    scale: scale ?? Number.NaN,
    intensityOverrides: Object.fromEntries(
      values.overrides.filter((r) => r.code && r.intensity.trim()).map((r) => [r.code, Number(r.intensity)]),
    ),
    notes: given(values.notes),
  };
  const parsed = methodologyParamsInput.safeParse(input);
  const errors = parsed.success ? {} : formFieldErrors(fieldErrorsOf(parsed.error), values.overrides);
  // Blanks, repeats and rows without a code, which the record cannot show (one entry per code), in words of the form.
  if (halfLifeDays === undefined) errors.halfLifeDays = ["Enter the half-life in days."];
  if (scale === undefined) errors.scale = ["Enter the scale."];
  values.overrides.forEach((row, i) => {
    const earlier = values.overrides.findIndex((r) => r.code === row.code);
    if (!row.code) errors[rowField(row, "code")] = ["Pick a CAMEO code."];
    else if (earlier < i) errors[rowField(row, "code")] = [`Override ${earlier + 1} already changes ${row.code}.`];
    const value = intensitySchema.safeParse(Number(row.intensity));
    if (!row.intensity.trim()) errors[rowField(row, "intensity")] = ["Enter the new intensity, from −10 to +10."];
    else if (!value.success) errors[rowField(row, "intensity")] = [value.error.issues[0]!.message];
  });
  return { input: parsed.success ? parsed.data : input, errors };
}
