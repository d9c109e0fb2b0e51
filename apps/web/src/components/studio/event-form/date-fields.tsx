"use client";
import { Field, FieldError, FieldHint, useControl } from "./field";
import { fieldLabel } from "./field-names";
import type { FormValues } from "./form-values";

const PRECISIONS = [
  { value: "day", label: "Day" },
  { value: "month", label: "Month" },
] as const;

export function DateFields({
  date,
  precision,
  onChange,
}: {
  date: string;
  precision: FormValues["datePrecision"];
  onChange: (patch: Partial<FormValues>) => void;
}) {
  const { control, errors } = useControl("datePrecision", true);
  return (
    <div className="event-form-row">
      <Field name="date" hint="The day it happened, not the day it was reported.">
        {(props) => <input {...props} type="date" value={date} onChange={(e) => onChange({ date: e.target.value })} />}
      </Field>
      <fieldset className="field precision" aria-describedby={control["aria-describedby"]}>
        <legend>{fieldLabel("datePrecision")}</legend>
        <FieldHint name="datePrecision">
          Choose Month when the news gives only the month: the event then counts on the 1st of that month.
        </FieldHint>
        <FieldError name="datePrecision" errors={errors} />
        <div className="choices">
          {PRECISIONS.map((p, index) => (
            <label key={p.value}>
              <input
                // The first choice carries the field's id, so the error summary can focus it.
                id={index === 0 ? control.id : undefined}
                type="radio"
                name="datePrecision"
                value={p.value}
                checked={precision === p.value}
                aria-invalid={control["aria-invalid"]}
                onChange={() => onChange({ datePrecision: p.value })}
              />{" "}
              {p.label}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
