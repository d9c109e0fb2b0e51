"use client";
// The event form: drafts a new event, or saves a new revision of one on top of the revision it
// was loaded from. Checked in the browser with the API's own schemas; whatever goes wrong,
// the values typed stay in the form.
import type { EventDetail } from "@rti/api";
import type { FieldErrors } from "@rti/api/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { apiProblem } from "~/lib/errors";
import { useTRPC } from "~/trpc/react";
import { ActorPicker } from "./actor-picker";
import { CameoPicker } from "./cameo-picker";
import { ConflictPanel } from "./conflict-panel";
import { DateFields } from "./date-fields";
import { whyNotEditable } from "./edit-rules";
import { ErrorSummary } from "./error-summary";
import { Field, FieldErrorsContext } from "./field";
import { fieldId } from "./field-names";
import { emptySource, emptyValues, headRevision, valuesFromRevision, type FormValues, type SourceValues } from "./form-values";
import { IntensityFields } from "./intensity-fields";
import { SourcesFieldset } from "./sources-fieldset";
import { useReference } from "./use-reference";
import { checkCreate, checkUpdate, formFieldErrors } from "./validate";
import "./event-form.css";

/** Without `event`, drafts a new one, starting from `initial` when given. */
export function EventForm({ event, initial }: { event?: EventDetail; initial?: FormValues }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const { codes } = useReference();

  const [values, setValues] = useState<FormValues>(() => (event ? valuesFromRevision(headRevision(event)) : (initial ?? emptyValues())));
  /** The head revision these values build on; a save on a stale one is refused as a conflict. */
  const [baseRevision, setBaseRevision] = useState(event?.headNumber ?? 0);
  /** Bumped when the form is reloaded, so pickers drop what was typed into them. */
  const [generation, setGeneration] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState<EventDetail | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** Counts refused saves; each one moves focus to the first thing to fix. */
  const [refusals, setRefusals] = useState(0);
  /** A field to focus after the next render (a source row just added). */
  const focusNext = useRef<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  const cameo = codes.find((c) => c.code === values.code);

  /** A field's error goes once the person changes the field, so what is left to fix stays clear. */
  const forget = (names: string[]) =>
    setErrors((e) => (names.some((n) => n in e) ? Object.fromEntries(Object.entries(e).filter(([k]) => !names.includes(k))) : e));

  function change(patch: Partial<FormValues>) {
    setValues((v) => ({ ...v, ...patch }));
    forget(Object.keys(patch));
  }

  useEffect(() => {
    if (refusals === 0) return;
    const firstInvalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (firstInvalid ?? summaryRef.current)?.focus();
  }, [refusals]);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  function refuse(fieldErrors: FieldErrors, message: string | null) {
    setErrors(fieldErrors);
    setProblem(message);
    setRefusals((n) => n + 1);
  }

  function saved(result: EventDetail) {
    void queryClient.invalidateQueries({ queryKey: trpc.event.pathKey() });
    queryClient.setQueryData(trpc.event.get.queryKey({ id: result.id }), result);
    router.push(`/studio/events/${result.id}`);
  }

  async function failed(error: unknown) {
    const p = apiProblem(error);
    if (p.code === "CONFLICT" && event) {
      try {
        const latest = await queryClient.fetchQuery({ ...trpc.event.get.queryOptions({ id: event.id }), staleTime: 0 });
        setErrors({});
        setProblem(null);
        setConflict(latest);
      } catch (reloadError) {
        refuse({}, `${p.message} The latest revision could not be loaded either (${apiProblem(reloadError).message}) — reload the page to see it.`);
      }
      return;
    }
    const fieldErrors = formFieldErrors(p.fieldErrors);
    refuse(fieldErrors, Object.keys(fieldErrors).length > 0 ? null : p.message);
  }

  const create = useMutation(trpc.event.create.mutationOptions({ onSuccess: saved, onError: failed }));
  const update = useMutation(trpc.event.update.mutationOptions({ onSuccess: saved, onError: failed }));
  const busy = create.isPending || update.isPending || create.isSuccess || update.isSuccess;

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setNotice(null);
    const goldstein = cameo?.goldstein;
    if (event) {
      const checked = checkUpdate(values, goldstein, event.id, baseRevision);
      if (accepted(checked.errors)) update.mutate(checked.input);
    } else {
      const checked = checkCreate(values, goldstein);
      if (accepted(checked.errors)) create.mutate(checked.input);
    }
  }

  function accepted(fieldErrors: FieldErrors): boolean {
    if (Object.keys(fieldErrors).length > 0) {
      refuse(fieldErrors, null);
      return false;
    }
    setErrors({});
    setProblem(null);
    return true;
  }

  function applyMine(latest: EventDetail) {
    setBaseRevision(latest.headNumber);
    setConflict(null);
    setNotice(
      `Your changes now build on revision ${latest.headNumber}. Check them, then choose Save revision to save them as revision ${latest.headNumber + 1}.`,
    );
  }

  function discardMine(latest: EventDetail) {
    setValues(valuesFromRevision(headRevision(latest)));
    setBaseRevision(latest.headNumber);
    setGeneration((g) => g + 1);
    setErrors({});
    setProblem(null);
    setConflict(null);
    const closed = whyNotEditable(latest);
    setNotice(`Your changes were discarded; the form shows revision ${latest.headNumber}.${closed ? ` ${closed}` : ""}`);
  }

  function changeSource(index: number, patch: Partial<SourceValues>) {
    setValues((v) => ({ ...v, sources: v.sources.map((s, i) => (i === index ? { ...s, ...patch } : s)) }));
    forget(Object.keys(patch).map((k) => `sources.${index}.${k}`));
  }

  // Source errors are keyed by position, so they no longer fit once rows move.
  const dropSourceErrors = () => setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith("sources."))));

  function addSource() {
    focusNext.current = fieldId(`sources.${values.sources.length}.url`);
    setValues((v) => ({ ...v, sources: [...v.sources, emptySource()] }));
  }

  function removeSource(index: number) {
    focusNext.current = fieldId(`sources.${Math.max(0, index - 1)}.url`);
    setValues((v) => ({ ...v, sources: v.sources.filter((_, i) => i !== index) }));
    dropSourceErrors();
  }

  return (
    <FieldErrorsContext value={errors}>
      <ErrorSummary ref={summaryRef} errors={errors} message={problem} />
      {conflict ? (
        <ConflictPanel latest={conflict} values={values} onApply={() => applyMine(conflict)} onDiscard={() => discardMine(conflict)} />
      ) : null}
      <div role="status">
        {notice ? (
          <p ref={noticeRef} tabIndex={-1} className="success">
            {notice}
          </p>
        ) : null}
      </div>
      <form ref={formRef} className="event-form" noValidate onSubmit={onSubmit}>
        <div key={generation} className="event-form-fields">
          <Field name="title" hint="One line, as a headline: who did what to whom.">
            {(props) => <input {...props} type="text" value={values.title} onChange={(e) => change({ title: e.target.value })} />}
          </Field>
          <div className="event-form-row">
            <ActorPicker
              name="source"
              hint="Who acted. Type a name or code, such as Russia or RUS."
              value={values.source}
              onChange={(source) => change({ source })}
            />
            <ActorPicker
              name="target"
              hint="Who the action was aimed at."
              value={values.target}
              onChange={(target) => change({ target })}
            />
          </div>
          <DateFields date={values.date} precision={values.datePrecision} onChange={change} />
          <CameoPicker
            value={values.code}
            // Picking a code starts the intensity at its Goldstein value.
            onChange={(picked) => change(picked ? { code: picked.code, intensity: String(picked.goldstein) } : { code: "" })}
          />
          <IntensityFields values={values} cameo={cameo} onChange={change} />
          <Field name="summary" hint="A few sentences of context, in your own words.">
            {(props) => <textarea {...props} value={values.summary} onChange={(e) => change({ summary: e.target.value })} />}
          </Field>
          <SourcesFieldset sources={values.sources} onChange={changeSource} onAdd={addSource} onRemove={removeSource} />
          <Field
            name="changeNote"
            hint={
              event
                ? "What you changed and why; reviewers read it beside the differences."
                : "Optional for a new event: anything reviewers should know about this draft."
            }
          >
            {(props) => <textarea {...props} value={values.changeNote} onChange={(e) => change({ changeNote: e.target.value })} />}
          </Field>
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {event ? "Save revision" : "Save draft"}
          </button>
          <Link className="button secondary" href={event ? `/studio/events/${event.id}` : "/studio/events"}>
            Cancel
          </Link>
          <span className="muted" aria-live="polite">
            {busy ? "Saving…" : event ? `Saves revision ${baseRevision + 1}, on top of revision ${baseRevision}.` : ""}
          </span>
        </div>
      </form>
    </FieldErrorsContext>
  );
}
