// A labelled textarea with its hint and error tied to it (aria-describedby, aria-invalid).
import { useId, type ComponentProps } from "react";

export function TextareaField({
  label,
  hint,
  error,
  ...textarea
}: { label: string; hint?: string; error: string | null } & Omit<ComponentProps<"textarea">, "id">) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <textarea id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy || undefined} {...textarea} />
      {error ? (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
