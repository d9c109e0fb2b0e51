"use client";
// A new methodology version: parameters checked in the browser with the API's schema, a preview
// of their effect on the latest release on request, and the version made on "Create version".
import type { FieldErrors, MethodologyParams } from "@rti/api/schemas";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { FieldError, FieldErrorsContext, FieldHint, useControl } from "~/components/studio/event-form/field";
import { TextareaField } from "~/components/studio/event-view/textarea-field";
import { apiProblem } from "~/lib/errors";
import { useTRPC } from "~/trpc/react";
import { checkValues, formFieldErrors, valuesFrom, type MethodologyValues } from "./form-values";
import { MethodologyPreview } from "./methodology-preview";
import { OverrideRows } from "./override-rows";

const FIX_FIELDS = "Some values need fixing first; see the marked fields.";

export function NewVersionForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: versions } = useSuspenseQuery(trpc.methodology.list.queryOptions());
  const [values, setValues] = useState<MethodologyValues>(() => valuesFrom(versions[0]));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [previewed, setPreviewed] = useState<MethodologyParams | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const create = useMutation(trpc.methodology.create.mutationOptions());

  function set(change: Partial<MethodologyValues>) {
    const next = { ...values, ...change };
    setValues(next);
    // Once errors show, they follow the values, so a fixed field stops saying it is wrong.
    if (Object.keys(errors).length === 0) return;
    const found = checkValues(next).errors;
    setErrors(found);
    if (Object.keys(found).length === 0) setNotice(null);
  }

  /** The checked input, or null after showing what is wrong (focus on the first marked field). */
  function checked(): MethodologyParams | null {
    const { input, errors: found } = checkValues(values);
    const ok = Object.keys(found).length === 0;
    flushSync(() => {
      setErrors(found);
      setNotice(ok ? null : { ok: false, text: FIX_FIELDS });
    });
    if (!ok) formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
    return ok ? input : null;
  }

  // Enter in a field previews: creating a version is for good, so it takes its own button.
  function onPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = checked();
    if (!input) return;
    // The same values again recompute anyway: a release may have been published meanwhile.
    if (JSON.stringify(input) === JSON.stringify(previewed)) void queryClient.refetchQueries({ queryKey: trpc.methodology.preview.queryKey(input) });
    else setPreviewed(input);
  }

  async function onCreate() {
    const input = checked();
    if (!input) return;
    try {
      const version = await create.mutateAsync(input);
      setNotice({ ok: true, text: `${version.name} created; new release drafts can use it.` });
      await queryClient.invalidateQueries({ queryKey: trpc.methodology.list.queryKey() });
    } catch (error) {
      const problem = apiProblem(error);
      const fieldErrors = formFieldErrors(problem.fieldErrors, values.overrides);
      setErrors(fieldErrors);
      setNotice({ ok: false, text: Object.keys(fieldErrors).length ? FIX_FIELDS : problem.message });
    }
  }

  // Whether the shown preview is of other values than the form's (only worth saying once there is one).
  const current = previewed && checkValues(values);
  const stale = current !== null && JSON.stringify(current.input) !== JSON.stringify(previewed);

  return (
    <FieldErrorsContext value={errors}>
      <form ref={formRef} className="form methodology-form" onSubmit={onPreview} noValidate aria-busy={create.isPending}>
        <div role="status">{notice?.ok ? <p className="success">{notice.text}</p> : null}</div>
        <div role="alert">{notice && !notice.ok ? <p className="alert">{notice.text}</p> : null}</div>
        <div className="methodology-numbers">
          <NumberField
            name="halfLifeDays"
            label="Half-life (days)"
            hint="H: the days after which an event's push on a dyad has halved."
            value={values.halfLifeDays}
            onChange={(halfLifeDays) => set({ halfLifeDays })}
          />
          <NumberField
            name="scale"
            label="Scale"
            hint="K: the pressure at which the index reaches about 88 (or 12); larger is calmer."
            value={values.scale}
            onChange={(scale) => set({ scale })}
          />
        </div>
        <OverrideRows rows={values.overrides} onChange={(overrides) => set({ overrides })} />
        <TextareaField
          label="Notes"
          name="notes"
          hint="Optional. Why this version exists and what it changes; kept with the version."
          error={errors.notes?.[0] ?? null}
          maxLength={4000}
          value={values.notes}
          onChange={(event) => set({ notes: event.target.value })}
        />
        <div className="actions">
          <button type="submit" className="button secondary">
            Preview
          </button>
          <button type="button" className="button" disabled={create.isPending} onClick={onCreate}>
            {create.isPending ? "Creating…" : "Create version"}
          </button>
        </div>
      </form>
      <section aria-labelledby="methodology-preview-heading">
        <h3 id="methodology-preview-heading">Preview</h3>
        <MethodologyPreview params={previewed} stale={stale} />
      </section>
    </FieldErrorsContext>
  );
}

function NumberField({
  name,
  label,
  hint,
  value,
  onChange,
}: {
  name: string;
  label: string;
  hint: ReactNode;
  value: string;
  onChange: (value: string) => void;
}) {
  const { control, errors } = useControl(name, true);
  return (
    <div className="field">
      <label htmlFor={control.id}>{label}</label>
      <FieldHint name={name}>{hint}</FieldHint>
      <FieldError name={name} errors={errors} />
      <input {...control} type="number" inputMode="decimal" step="any" min={0} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}
