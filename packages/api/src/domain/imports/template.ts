// The project's CSV template: one event a row, with one source. Its columns are the event
// form's fields under snake_case names, checked by the same schema as the form, so a row is
// imported exactly when the form would have accepted it.
import { eventFieldsSchema, isIntensityOverride, missingReasonMessage } from "../../schemas/event";
import type { Reference } from "../reference";
import { skip, type RowOutcome } from "./rows";

export const TEMPLATE_COLUMNS = [
  { name: "external_id", required: false, description: "Your own id for the row (up to 200 characters). A row whose external_id was imported before is skipped, so a file can be imported again safely; rows without one are imported every time." },
  { name: "source", required: true, description: "Who acted: a country's ISO 3166 alpha-3 code (RUS) or an organisation's code (NATO, EUR for the EU, UNO)." },
  { name: "target", required: true, description: "Who was acted on; not the source." },
  { name: "date", required: true, description: "The day it happened, YYYY-MM-DD (from 1900 to tomorrow). With date_precision month, YYYY-MM will do." },
  { name: "date_precision", required: false, description: "day (the default) or month, when only the month is known; the event then counts on the 1st." },
  { name: "code", required: true, description: "The CAMEO event code, two to four digits with their leading zero: 042 is a visit, 190 conventional military force." },
  { name: "intensity", required: false, description: "−10 to +10, one decimal. Empty: the code's Goldstein value." },
  { name: "intensity_reason", required: false, description: "Why the intensity differs from the code's Goldstein value; needed when it does." },
  { name: "weight", required: false, description: "How much the event counts, above 0 to 1 (the default), e.g. 0.5 for a report only one source carries." },
  { name: "title", required: true, description: "A one-line headline, 3 to 300 characters." },
  { name: "summary", required: false, description: "What happened, in a few sentences." },
  { name: "source_url", required: true, description: "The report the event is based on: a web address starting with http:// or https://." },
  { name: "source_publisher", required: false, description: "Who published the report." },
  { name: "source_published_at", required: false, description: "When the report was published, YYYY-MM-DD." },
  { name: "quote", required: false, description: "The sentence of the report that says so." },
] as const;

export type TemplateColumn = (typeof TEMPLATE_COLUMNS)[number]["name"];

export const TEMPLATE_FILE_NAME = "rti-events-template.csv";

// Real events, with the official pages that announced them (as archived after the change of
// administration in 2025).
const EXAMPLES: Record<TemplateColumn, string>[] = [
  {
    external_id: "example-2021-001",
    source: "USA",
    target: "RUS",
    date: "2021-01-26",
    date_precision: "day",
    code: "041",
    intensity: "",
    intensity_reason: "",
    weight: "1",
    title: "Biden and Putin discuss extending New START by phone",
    summary: "In their first call, the two presidents agreed to work on extending the New START treaty before it expired on 5 February.",
    source_url: "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2021/01/26/readout-of-president-joseph-r-biden-jr-call-with-president-vladimir-putin-of-russia/",
    source_publisher: "The White House",
    source_published_at: "2021-01-26",
    quote: "",
  },
  {
    external_id: "example-2021-002",
    source: "USA",
    target: "RUS",
    date: "2021-02-03",
    date_precision: "day",
    code: "057",
    intensity: "",
    intensity_reason: "",
    weight: "1",
    title: "United States and Russia extend New START for five years",
    summary: "",
    source_url: "https://2021-2025.state.gov/on-the-extension-of-the-new-start-treaty-with-the-russian-federation/",
    source_publisher: "U.S. Department of State",
    source_published_at: "2021-02-03",
    quote: "",
  },
  {
    external_id: "example-2021-003",
    source: "USA",
    target: "RUS",
    date: "2021-04-15",
    date_precision: "day",
    code: "163",
    intensity: "-8.5",
    intensity_reason: "Sanctions announced together with the expulsion of ten diplomats.",
    weight: "1",
    title: "United States sanctions Russia and expels ten diplomats",
    summary: "",
    source_url: "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2021/04/15/fact-sheet-imposing-costs-for-harmful-foreign-activities-by-the-russian-government/",
    source_publisher: "The White House",
    source_published_at: "2021-04-15",
    quote: "",
  },
];

const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The template with its example rows, ready to download and fill in. */
export function templateCsv(): string {
  const names = TEMPLATE_COLUMNS.map((c) => c.name);
  return [names.join(","), ...EXAMPLES.map((row) => names.map((name) => cell(row[name])).join(","))].join("\n") + "\n";
}

/** Problems with a CSV file's header line; empty when it is the template's (in any order, optional columns left out). */
export function templateHeaderProblems(header: readonly string[]): string[] {
  const known = new Set<string>(TEMPLATE_COLUMNS.map((c) => c.name));
  const problems: string[] = [];
  const unknown = header.filter((name) => !known.has(name));
  const missing = TEMPLATE_COLUMNS.filter((c) => c.required && !header.includes(c.name)).map((c) => c.name);
  const repeated = header.filter((name, i) => header.indexOf(name) !== i);
  if (missing.length) problems.push(`The required column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} missing.`);
  if (unknown.length) problems.push(`The template has no column${unknown.length > 1 ? "s" : ""} ${unknown.slice(0, 8).map((n) => `"${n}"`).join(", ")}.`);
  if (repeated.length) problems.push(`The column${repeated.length > 1 ? "s" : ""} ${[...new Set(repeated)].join(", ")} appear${repeated.length > 1 ? "" : "s"} twice.`);
  return problems;
}

/** The template's column each field of the event form comes from, for messages. */
const COLUMN_OF: Record<string, TemplateColumn> = {
  source: "source",
  target: "target",
  date: "date",
  datePrecision: "date_precision",
  code: "code",
  intensity: "intensity",
  intensityReason: "intensity_reason",
  weight: "weight",
  title: "title",
  summary: "summary",
  "sources.0.url": "source_url",
  "sources.0.publisher": "source_publisher",
  "sources.0.publishedAt": "source_published_at",
  "sources.0.quote": "quote",
};

const number = (text: string | undefined) => (text === undefined ? undefined : Number(text));

/** A template row (fields in the header's order) → an event, with the form's own checks. */
export function mapTemplateRow(fields: readonly string[], header: readonly string[], ref: Reference): RowOutcome {
  const value = (name: TemplateColumn) => {
    const text = fields[header.indexOf(name)]?.trim();
    return text ? text : undefined;
  };
  for (const name of ["intensity", "weight"] as const) {
    const text = value(name);
    if (text !== undefined && !Number.isFinite(Number(text))) return skip("field", `${name}: "${text.slice(0, 40)}" is not a number.`);
  }
  const externalId = value("external_id") ?? null;
  if (externalId && externalId.length > 200) return skip("field", "external_id: at most 200 characters.");
  const precision = value("date_precision")?.toLowerCase();
  const date = value("date");
  const parsed = eventFieldsSchema.safeParse({
    source: value("source") ?? "",
    target: value("target") ?? "",
    // A month alone names its first day.
    date: precision === "month" && date && /^\d{4}-\d{2}$/.test(date) ? `${date}-01` : (date ?? ""),
    datePrecision: precision,
    code: value("code") ?? "",
    intensity: number(value("intensity")),
    intensityReason: value("intensity_reason"),
    weight: number(value("weight")),
    title: value("title") ?? "",
    summary: value("summary"),
    sources: [{ url: value("source_url") ?? "", publisher: value("source_publisher"), publishedAt: value("source_published_at"), quote: value("quote") }],
  });
  if (!parsed.success) {
    const reason = parsed.error.issues
      .map((issue) => `${COLUMN_OF[issue.path.join(".")] ?? issue.path.join(".")}: ${issue.message}`)
      .join(" ");
    return skip("field", reason);
  }
  const f = parsed.data;
  for (const [column, code] of [["source", f.source], ["target", f.target]] as const) {
    if (!ref.actors.has(code)) return skip("actor", `${column}: "${code}" is not an actor code the project knows.`);
  }
  const cameo = ref.cameo.get(f.code);
  if (!cameo) return skip("code", `code: "${f.code}" is not a CAMEO code the project knows (write it with its leading zero, e.g. 042).`);
  const intensity = f.intensity ?? cameo.goldstein;
  const missingReason = missingReasonMessage(intensity, cameo.goldstein, f.intensityReason);
  if (missingReason) return skip("intensity", `intensity_reason: ${missingReason}`);
  const [source] = f.sources;
  return {
    event: {
      externalId,
      source: f.source,
      target: f.target,
      date: f.datePrecision === "month" ? `${f.date.slice(0, 7)}-01` : f.date,
      datePrecision: f.datePrecision,
      code: f.code,
      intensity,
      intensityReason: isIntensityOverride(intensity, cameo.goldstein) ? (f.intensityReason ?? null) : null,
      weight: f.weight,
      title: f.title,
      summary: f.summary || null,
      sourceUrl: source!.url,
      sourcePublisher: source!.publisher || null,
      sourcePublishedAt: source!.publishedAt ?? null,
      quote: source!.quote || null,
    },
  };
}
