"use client";
// A labelled field whose hint and error are tied to the control (aria-describedby,
// aria-invalid). The form's errors come through context, so deeply nested fields find theirs.
import type { FieldErrors } from "@rti/api/schemas";
import { createContext, use, type ReactNode } from "react";
import { fieldId, fieldLabel } from "./field-names";

export const FieldErrorsContext = createContext<FieldErrors>({});

export interface ControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

/** The props that tie a control to its hint and error, for controls laid out by hand. */
export function useControl(name: string, hasHint: boolean): { control: ControlProps; errors: string[] | undefined } {
  const errors = use(FieldErrorsContext)[name];
  const id = fieldId(name);
  const describedBy = [hasHint ? `${id}-hint` : null, errors ? `${id}-error` : null].filter(Boolean).join(" ");
  return { control: { id, "aria-describedby": describedBy || undefined, "aria-invalid": errors ? true : undefined }, errors };
}

export function FieldHint({ name, children }: { name: string; children: ReactNode }) {
  return (
    <p id={`${fieldId(name)}-hint`} className="hint">
      {children}
    </p>
  );
}

/** The first message only: later ones often follow from it ("" is both malformed and out of range). */
export function FieldError({ name, errors }: { name: string; errors: string[] | undefined }) {
  if (!errors) return null;
  return (
    <p id={`${fieldId(name)}-error`} className="error">
      {errors[0]}
    </p>
  );
}

export function Field({
  name,
  hint,
  className,
  children,
}: {
  name: string;
  hint?: ReactNode;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const { control, errors } = useControl(name, Boolean(hint));
  return (
    <div className={className ? `field ${className}` : "field"}>
      <label htmlFor={control.id}>{fieldLabel(name)}</label>
      {hint ? <FieldHint name={name}>{hint}</FieldHint> : null}
      <FieldError name={name} errors={errors} />
      {children(control)}
    </div>
  );
}
