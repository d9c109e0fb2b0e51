// The events table's filters as they live in the URL, so a filtered view can be shared and the
// back button works. One reader for the server (prefetch) and the browser (form checks).
import { eventListInput, type EventListInput } from "@rti/api/schemas";

export const FILTER_KEYS = ["q", "status", "dyad", "code", "from", "to", "author"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterValues = Partial<Record<FilterKey, string>>;
export type FilterErrors = Partial<Record<FilterKey, string>>;
export type EventsQueryInput = Omit<EventListInput, "cursor">;

/** Rows per request: keyset paging makes every page cost the same, however deep. */
export const PAGE_SIZE = 50;

/** For `infiniteQueryOptions`, identical on server and browser. */
export const nextPage = (page: { nextCursor: string | null }) => page.nextCursor;

// The API's own messages are written for the event form ("Pick a CAMEO code…"); a filter needs its own words.
const MESSAGES: Record<FilterKey, string> = {
  q: "Search for at most 200 characters.",
  status: "Pick a status from the list.",
  dyad: "Write a dyad as two actor codes joined by a hyphen, such as rus-usa.",
  code: "Write two to four digits of a CAMEO code, such as 19 or 190.",
  from: "Use the form YYYY-MM-DD.",
  to: "Use the form YYYY-MM-DD.",
  author: "This author link is not valid.",
};

type Params = Record<string, string | string[] | undefined>;

/**
 * Reads filters from search params (or form fields): `values` as written, for the form; `input`
 * with only the valid ones, for `event.list`; `errors` for the others.
 */
export function readFilters(params: Params): { values: FilterValues; input: EventsQueryInput; errors: FilterErrors } {
  const values: FilterValues = {};
  for (const key of FILTER_KEYS) {
    const raw = params[key];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
    if (value) values[key] = value;
  }
  // Dyads are unordered pairs with one alphabetical slug, so "usa-rus" finds rus-usa's events.
  if (values.dyad) values.dyad = values.dyad.toLowerCase().split("-").sort().join("-");

  const input: EventsQueryInput = { limit: PAGE_SIZE };
  const errors: FilterErrors = {};
  for (const key of FILTER_KEYS) {
    if (values[key] === undefined) continue;
    const parsed = eventListInput.shape[key].safeParse(values[key]);
    if (parsed.success) Object.assign(input, { [key]: parsed.data });
    else errors[key] = MESSAGES[key];
  }
  if (input.from && input.to && input.from > input.to) {
    errors.to = "The end date is before the start date.";
    delete input.to;
  }
  return { values, input, errors };
}

/** "?status=draft&dyad=rus-usa" (empty filters left out), or "" for none. */
export function filtersToSearch(values: FilterValues): string {
  const search = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = values[key];
    if (value) search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** Whether any filter is set, in form values or in a query input. */
export const hasFilters = (filters: Partial<Record<FilterKey, unknown>>) => FILTER_KEYS.some((key) => filters[key] !== undefined);
