"use client";
import Link from "next/link";
import { useState, type FormEvent, type ReactNode } from "react";
import { EVENT_STATUSES } from "@rti/api/schemas";
import { STATUS_LABELS } from "~/lib/status";
import { FILTER_KEYS, filtersToSearch, hasFilters, readFilters, type FilterErrors, type FilterKey, type FilterValues } from "./event-filters";

interface Props {
  values: FilterValues;
  errors: FilterErrors;
  viewerId: string;
  updating: boolean;
  onApply: (values: FilterValues) => void;
}

/**
 * A GET form on the page's own URL: it works before JavaScript loads, and with it the filters are
 * checked here first and applied by client-side navigation.
 */
export function FilterForm({ values, errors: urlErrors, viewerId, updating, onApply }: Props) {
  const [errors, setErrors] = useState(urlErrors);
  const otherAuthor = values.author && values.author !== viewerId ? values.author : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v)]));
    const read = readFilters(fields);
    setErrors(read.errors);
    const firstInvalid = FILTER_KEYS.find((key) => read.errors[key]);
    if (firstInvalid) form.querySelector<HTMLElement>(`[name="${firstInvalid}"]`)?.focus();
    else onApply(read.values);
  }

  return (
    <form className="event-filters" action="/studio/events" method="get" role="search" aria-label="Filter events" noValidate onSubmit={submit}>
      <div className="filter-grid">
        <Field name="q" label="Search titles" error={errors.q}>
          {(aria) => <input {...aria} type="search" defaultValue={values.q} maxLength={200} />}
        </Field>
        <Field name="status" label="Status" error={errors.status}>
          {(aria) => (
            <select {...aria} defaultValue={values.status ?? ""}>
              <option value="">Any status</option>
              {EVENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="dyad" label="Dyad" hint="Such as rus-usa." error={errors.dyad}>
          {(aria) => <input {...aria} defaultValue={values.dyad} autoCapitalize="none" autoComplete="off" spellCheck={false} />}
        </Field>
        <Field name="code" label="CAMEO code" hint="Starts with: 19 finds 190, 193…" error={errors.code}>
          {(aria) => <input {...aria} defaultValue={values.code} inputMode="numeric" autoComplete="off" />}
        </Field>
        <Field name="from" label="Date from" error={errors.from}>
          {(aria) => <input {...aria} type="date" defaultValue={values.from} />}
        </Field>
        <Field name="to" label="Date to" error={errors.to}>
          {(aria) => <input {...aria} type="date" defaultValue={values.to} />}
        </Field>
      </div>
      {otherAuthor ? (
        <p className="filter-author">
          <input type="hidden" name="author" value={otherAuthor} />
          Only events whose latest revision is by one author (from the link you followed).{" "}
          <Link href={`/studio/events${filtersToSearch({ ...values, author: undefined })}`}>Show every author</Link>
        </p>
      ) : (
        <div className="filter-mine">
          <input type="checkbox" id="filter-author" name="author" value={viewerId} defaultChecked={values.author === viewerId} />
          <label htmlFor="filter-author">Only my events</label>
          <span className="muted"> (whose latest revision is yours)</span>
        </div>
      )}
      <div className="actions">
        <button type="submit" className="button">
          Apply filters
        </button>
        {hasFilters(values) ? (
          <Link className="button secondary" href="/studio/events">
            Clear filters
          </Link>
        ) : null}
        <span role="status" className="muted">
          {updating ? "Updating the list…" : ""}
        </span>
      </div>
    </form>
  );
}

type AriaProps = { id: string; name: FilterKey; "aria-invalid"?: true; "aria-describedby"?: string };

/** A labelled control with its hint and error tied to it for screen readers. */
function Field(props: { name: FilterKey; label: string; hint?: string; error?: string; children: (aria: AriaProps) => ReactNode }) {
  const id = `filter-${props.name}`;
  const describedBy = [props.hint && `${id}-hint`, props.error && `${id}-error`].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.children({
        id,
        name: props.name,
        "aria-invalid": props.error ? true : undefined,
        "aria-describedby": describedBy || undefined,
      })}
      {props.hint ? (
        <p className="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p className="error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
