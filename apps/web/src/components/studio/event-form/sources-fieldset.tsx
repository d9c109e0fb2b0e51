"use client";
import { LIMITS } from "@rti/api/schemas";
import { Field, FieldError, useControl } from "./field";
import type { SourceValues } from "./form-values";

type Editable = Exclude<keyof SourceValues, "key">;

export function SourcesFieldset({
  sources,
  onChange,
  onAdd,
  onRemove,
}: {
  sources: SourceValues[];
  onChange: (index: number, patch: Partial<SourceValues>) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}) {
  const { control, errors } = useControl("sources", false);
  const input = (index: number, field: Editable, type: "url" | "text" | "date") => (
    <Field name={`sources.${index}.${field}`}>
      {(props) => (
        <input {...props} type={type} value={sources[index]![field]} onChange={(e) => onChange(index, { [field]: e.target.value })} />
      )}
    </Field>
  );
  return (
    <fieldset className="sources" id={control.id} tabIndex={-1}>
      <legend>Sources</legend>
      <p className="hint">At least one: where the event was reported, with the words that show it happened.</p>
      <FieldError name="sources" errors={errors} />
      {sources.map((source, index) => (
        <fieldset key={source.key} className="source">
          <legend>Source {index + 1}</legend>
          {input(index, "url", "url")}
          <div className="event-form-row">
            {input(index, "publisher", "text")}
            {input(index, "publishedAt", "date")}
          </div>
          <Field name={`sources.${index}.quote`}>
            {(props) => <textarea {...props} value={source.quote} onChange={(e) => onChange(index, { quote: e.target.value })} />}
          </Field>
          {sources.length > 1 ? (
            <button type="button" className="button secondary" onClick={() => onRemove(index)}>
              Remove source {index + 1}
            </button>
          ) : null}
        </fieldset>
      ))}
      {sources.length < LIMITS.sources ? (
        <button type="button" className="button secondary" onClick={onAdd}>
          Add source
        </button>
      ) : (
        <p className="hint">An event can cite at most {LIMITS.sources} sources.</p>
      )}
    </fieldset>
  );
}
