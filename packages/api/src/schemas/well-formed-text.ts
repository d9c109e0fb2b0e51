// "\ud800" is valid JSON, and a JavaScript string, but no text: a lone UTF-16 surrogate encodes
// no character, and the database would store U+FFFD in its place. Every procedure's input is
// checked for one (trpc.ts), so the studio and the REST API refuse it alike, naming the field,
// rather than changing what was sent.
const LONE_SURROGATE = /\p{Cs}/u;

export const LONE_SURROGATE_MESSAGE =
  "This text has an unpaired UTF-16 surrogate escape (\\ud800–\\udfff), which encodes no character; send the character itself or a complete surrogate pair.";

/** The dotted path of the first string (value or key) in `value` holding a lone surrogate, "" for `value` itself; null when there is none. */
export function loneSurrogateAt(value: unknown, path: string[] = []): string | null {
  if (typeof value === "string") return LONE_SURROGATE.test(value) ? path.join(".") : null;
  if (typeof value !== "object" || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const at = LONE_SURROGATE.test(key) ? [...path, key].join(".") : loneSurrogateAt(item, [...path, key]);
    if (at !== null) return at;
  }
  return null;
}
