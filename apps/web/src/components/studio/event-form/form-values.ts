// The event form's values as typed (strings, so nothing a person typed is ever lost to a
// conversion), and what they become: the API's input, and a revision to compare with.
import type { EventDetail, RevisionDto, RouterOutputs } from "@rti/api";
import { isIntensityOverride, type EventFieldsInput } from "@rti/api/schemas";
import type { Comparable } from "~/components/studio/revision-diff";

export type Actor = RouterOutputs["reference"]["actors"][number];
export type CameoCode = RouterOutputs["reference"]["cameoCodes"][number];

export interface SourceValues {
  /** Identifies the row across additions and removals (React key); never sent. */
  key: string;
  url: string;
  publisher: string;
  publishedAt: string;
  quote: string;
}

export interface FormValues {
  source: string;
  target: string;
  date: string;
  datePrecision: "day" | "month";
  code: string;
  intensity: string;
  intensityReason: string;
  weight: string;
  title: string;
  summary: string;
  sources: SourceValues[];
  changeNote: string;
}

let lastSourceKey = 0;

export function emptySource(): SourceValues {
  lastSourceKey += 1;
  return { key: `source-${lastSourceKey}`, url: "", publisher: "", publishedAt: "", quote: "" };
}

export function emptyValues(): FormValues {
  return {
    source: "",
    target: "",
    date: "",
    datePrecision: "day",
    code: "",
    intensity: "",
    intensityReason: "",
    weight: "1",
    title: "",
    summary: "",
    sources: [emptySource()],
    changeNote: "",
  };
}

const PREFILLED = ["source", "target", "date", "code", "title", "summary"] as const;

/**
 * A new event's values from an address's query (the article assistant's "Edit in the full
 * form"): the fields it names, and one source from url, publisher, publishedAt and quote.
 */
export function valuesFromQuery(query: Record<string, string | string[] | undefined>): FormValues {
  const get = (name: string) => {
    const value = query[name];
    return typeof value === "string" ? value : "";
  };
  const values = emptyValues();
  for (const name of PREFILLED) values[name] = get(name);
  if (get("datePrecision") === "month") values.datePrecision = "month";
  values.sources = [{ ...emptySource(), url: get("url"), publisher: get("publisher"), publishedAt: get("publishedAt"), quote: get("quote") }];
  return values;
}

export function headRevision(event: EventDetail): RevisionDto {
  const head = event.revisions.find((r) => r.number === event.headNumber);
  if (!head) throw new Error(`Event ${event.id} has no revision ${event.headNumber}.`);
  return head;
}

export function valuesFromRevision(r: RevisionDto): FormValues {
  return {
    source: r.source.code,
    target: r.target.code,
    date: r.date,
    datePrecision: r.datePrecision,
    code: r.code,
    intensity: String(r.intensity),
    intensityReason: r.intensityReason ?? "",
    weight: String(r.weight),
    title: r.title,
    summary: r.summary ?? "",
    sources: r.sources.map((s) => ({
      ...emptySource(),
      url: s.url,
      publisher: s.publisher ?? "",
      publishedAt: s.publishedAt ?? "",
      quote: s.quote ?? "",
    })),
    changeNote: "",
  };
}

/** Blank means "not given", so optional fields stay optional. */
export function given(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === "" ? undefined : trimmed;
}

export const numberOrUndefined = (text: string) => (text.trim() === "" ? undefined : Number(text));

/** True when the typed intensity is a number other than the code's Goldstein value. */
export function intensityOverridden(values: FormValues, goldstein: number | undefined): boolean {
  return isIntensityOverride(numberOrUndefined(values.intensity), goldstein);
}

/** The event's fields as the API takes them, still unvalidated. */
export function eventInputOf(values: FormValues, goldstein: number | undefined): EventFieldsInput {
  return {
    source: values.source,
    target: values.target,
    date: values.date,
    datePrecision: values.datePrecision,
    code: values.code,
    intensity: numberOrUndefined(values.intensity),
    // A reason typed for an earlier value stays in the form but is not sent once it no longer applies.
    intensityReason: intensityOverridden(values, goldstein) ? given(values.intensityReason) : undefined,
    weight: numberOrUndefined(values.weight),
    title: values.title,
    summary: given(values.summary),
    sources: values.sources.map((s) => ({
      url: s.url.trim(),
      publisher: given(s.publisher),
      publishedAt: given(s.publishedAt),
      quote: given(s.quote),
    })),
  };
}

/** The unsaved values as a revision, for the side-by-side diff (names from the reference lists). */
export function comparableOf(values: FormValues, actors: readonly Actor[], codes: readonly CameoCode[]): Comparable {
  const actor = (code: string) => ({ code, name: actors.find((a) => a.code === code)?.name ?? code });
  const cameo = codes.find((c) => c.code === values.code);
  const input = eventInputOf(values, cameo?.goldstein);
  return {
    source: actor(values.source),
    target: actor(values.target),
    // The API stores a month-precision event on the 1st of its month.
    date: values.datePrecision === "month" && values.date ? `${values.date.slice(0, 7)}-01` : values.date,
    datePrecision: values.datePrecision,
    code: values.code,
    codeName: cameo?.name,
    intensity: input.intensity ?? cameo?.goldstein ?? 0,
    intensityReason: input.intensityReason ?? null,
    weight: input.weight ?? 1,
    title: values.title.trim(),
    summary: input.summary ?? null,
    sources: input.sources.map((s) => ({ url: s.url, publisher: s.publisher ?? null, publishedAt: s.publishedAt ?? null, quote: s.quote ?? null })),
  };
}
