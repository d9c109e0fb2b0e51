"use client";
import { formatGoldstein } from "./cameo-picker";
import { Field } from "./field";
import { intensityOverridden, type CameoCode, type FormValues } from "./form-values";

export function IntensityFields({
  values,
  cameo,
  onChange,
}: {
  values: FormValues;
  cameo: CameoCode | undefined;
  onChange: (patch: Partial<FormValues>) => void;
}) {
  const overridden = intensityOverridden(values, cameo?.goldstein);
  return (
    <>
      <div className="event-form-row">
        <Field
          name="intensity"
          hint={
            cameo ? (
              <>
                Goldstein default for {cameo.code}: <strong>{formatGoldstein(cameo.goldstein)}</strong>. From −10 (most
                hostile) to +10 (most cooperative).
              </>
            ) : (
              "From −10 (most hostile) to +10 (most cooperative). Picking a CAMEO code fills in its Goldstein default."
            )
          }
        >
          {(props) => (
            <input
              {...props}
              type="number"
              inputMode="decimal"
              min={-10}
              max={10}
              step={0.1}
              value={values.intensity}
              onChange={(e) => onChange({ intensity: e.target.value })}
            />
          )}
        </Field>
        <Field name="weight" hint="From 0 to 1. Lower it for a single unconfirmed source.">
          {(props) => (
            <input
              {...props}
              type="number"
              inputMode="decimal"
              min={0}
              max={1}
              step={0.05}
              value={values.weight}
              onChange={(e) => onChange({ weight: e.target.value })}
            />
          )}
        </Field>
      </div>
      {overridden && cameo ? (
        <Field
          name="intensityReason"
          hint="Required when the intensity differs from the Goldstein default: say why this event is milder or harsher than its code."
        >
          {(props) => (
            <textarea
              {...props}
              aria-required="true"
              value={values.intensityReason}
              onChange={(e) => onChange({ intensityReason: e.target.value })}
            />
          )}
        </Field>
      ) : null}
    </>
  );
}
