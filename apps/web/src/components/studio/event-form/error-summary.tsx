"use client";
// Everything that stopped a save, at the top of the form; each field's message links to it.
import type { FieldErrors } from "@rti/api/schemas";
import type { Ref } from "react";
import { fieldId, fieldLabelInSummary, inFormOrder } from "./field-names";

export function ErrorSummary({ errors, message, ref }: { errors: FieldErrors; message: string | null; ref: Ref<HTMLDivElement> }) {
  const names = Object.keys(errors).sort(inFormOrder);
  const show = message !== null || names.length > 0;
  return (
    <div ref={ref} tabIndex={-1} role="alert" className={show ? "alert error-summary" : undefined}>
      {message ? <p>{message}</p> : null}
      {names.length > 0 ? (
        <>
          <p>
            <strong>
              {names.length === 1 ? "One thing needs fixing" : `${names.length} things need fixing`} before this can be
              saved:
            </strong>
          </p>
          <ul>
            {names.map((name) => {
              const label = fieldLabelInSummary(name);
              const text = errors[name]![0];
              return (
                <li key={name}>
                  {label ? (
                    <a
                      href={`#${fieldId(name)}`}
                      onClick={(event) => {
                        // Moves focus into the field, not just the page to it.
                        const field = document.getElementById(fieldId(name));
                        if (!field) return;
                        event.preventDefault();
                        field.focus();
                      }}
                    >
                      {label}: {text}
                    </a>
                  ) : (
                    text
                  )}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}
