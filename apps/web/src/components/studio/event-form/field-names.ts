// One name per field, the dotted path the API uses in its field errors ("title",
// "sources.0.url"); from it come the control's id and the labels people see.

// In the order the form shows them, which is also the error summary's order.
const LABELS: Record<string, string> = {
  title: "Title",
  source: "Source actor",
  target: "Target actor",
  date: "Date",
  datePrecision: "Date precision",
  code: "CAMEO code",
  intensity: "Intensity",
  weight: "Weight",
  intensityReason: "Intensity reason",
  summary: "Summary",
  sources: "Sources",
  changeNote: "Change note",
};

const SOURCE_LABELS: Record<string, string> = { url: "Source URL", publisher: "Publisher", publishedAt: "Published on", quote: "Quote" };

const SOURCE_FIELD = /^sources\.(\d+)\.(\w+)$/;
const ORDER = Object.keys(LABELS);
const SOURCE_ORDER = Object.keys(SOURCE_LABELS);

export const fieldId = (name: string) => `event-${name.replaceAll(".", "-")}`;

/** The label next to the control. */
export function fieldLabel(name: string): string {
  const source = SOURCE_FIELD.exec(name);
  return (source ? SOURCE_LABELS[source[2]!] : LABELS[name]) ?? name;
}

/** The label in the error summary, where a source field also says which source. */
export function fieldLabelInSummary(name: string): string | undefined {
  const source = SOURCE_FIELD.exec(name);
  if (source) return `Source ${Number(source[1]) + 1}, ${fieldLabel(name)}`;
  return LABELS[name];
}

/** Sorts field names into the form's order (unknown names last). */
export function inFormOrder(a: string, b: string): number {
  const rank = (name: string) => {
    const source = SOURCE_FIELD.exec(name);
    const top = ORDER.indexOf(source ? "sources" : name);
    const within = source ? (Number(source[1]) + 1) * 10 + SOURCE_ORDER.indexOf(source[2]!) : 0;
    return (top === -1 ? ORDER.length : top) * 1000 + within;
  };
  return rank(a) - rank(b);
}
