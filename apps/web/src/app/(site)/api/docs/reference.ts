// Reading the REST API's OpenAPI document for the docs page: operations grouped by tag, their
// parameters, request bodies and responses, and example requests.
import type { OpenAPIObject } from "@rti/api";

type Json = Record<string, unknown>;
interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  description?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  additionalProperties?: boolean | Schema;
  default?: unknown;
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
}

export interface Parameter {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  type: string;
  description: string;
}

export interface Field {
  /** Dotted, with [] for array items: "points[].value". */
  name: string;
  type: string;
  required: boolean;
  description: string;
  /** What the schema allows beyond its type, for people: "3 to 300 characters; default `1`". */
  limits: string;
}

export interface Header {
  name: string;
  description: string;
}

/** The response an operation answers with when it works: 200 for reads, 201 for what it makes. */
export interface Success {
  /** "201 Created". */
  status: string;
  description: string;
  headers: Header[];
}

export interface RequestBody {
  required: boolean;
  /** The Content-Types it accepts: "application/json", and for a patch "application/merge-patch+json". */
  contentTypes: string[];
  /** A file sent as it is (an import), not a JSON object: then there are no fields. */
  file: boolean;
  fields: Field[];
}

export interface Operation {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  /** It has `security`: it needs an API key. */
  needsKey: boolean;
  parameters: Parameter[];
  body: RequestBody | null;
  success: Success;
  /** The success response's JSON fields. */
  fields: Field[];
  csv: boolean;
  /** Error statuses it documents, e.g. ["400", "404", "429"]. */
  errors: string[];
}

const refName = (ref: string) => ref.split("/").at(-1)!;

function resolve(doc: OpenAPIObject, schema: Schema): Schema {
  return schema.$ref ? resolve(doc, (doc.components?.schemas as Record<string, Schema>)[refName(schema.$ref)]!) : schema;
}

/** A short type for people: "integer", "string (uuid)", "Event[]", "\"json\" | \"csv\"", "string | null". */
export function typeOf(doc: OpenAPIObject, schema: Schema): string {
  if (schema.$ref) return refName(schema.$ref);
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return union.map((s) => typeOf(doc, s)).join(" | ");
  const types = ([] as string[]).concat(schema.type ?? "any");
  return types
    .map((t) => {
      if (t === "array") return `${typeOf(doc, schema.items ?? {})}[]`;
      if (t === "string" && schema.format) return `string (${schema.format})`;
      return t;
    })
    .join(" | ");
}

/** "3 to 300 characters", "at most 1000 characters", "at least 1 item"; "" without bounds. */
function bounds(min: number | undefined, max: number | undefined, unit: string): string {
  if (min === undefined && max === undefined) return "";
  if (min !== undefined && max !== undefined) return `${min} to ${max} ${unit}s`;
  return min !== undefined ? `at least ${min} ${unit}${min === 1 ? "" : "s"}` : `at most ${max} ${unit}s`;
}

/** zod writes whole numbers' limits as ±2^53−1: no limit a person needs to know. */
const meaningful = (n: number | undefined) => (n !== undefined && Math.abs(n) < Number.MAX_SAFE_INTEGER ? n : undefined);

/** What a schema allows beyond its type, for people writing a request body. */
export function limitsOf(schema: Schema): string {
  const [min, max] = [meaningful(schema.minimum), meaningful(schema.maximum)];
  const [above, below] = [meaningful(schema.exclusiveMinimum), meaningful(schema.exclusiveMaximum)];
  const range =
    min !== undefined && max !== undefined
      ? `${min} to ${max}`
      : [above !== undefined && `above ${above}`, min !== undefined && `at least ${min}`, below !== undefined && `below ${below}`, max !== undefined && `at most ${max}`]
          .filter(Boolean)
          .join(", ");
  return [
    ...(schema.anyOf ?? schema.oneOf ?? []).map(limitsOf),
    bounds(schema.minLength, schema.maxLength, "character"),
    range,
    bounds(schema.minItems, schema.maxItems, "item"),
    // A format (uuid) already says what its long pattern does.
    schema.pattern && !schema.format ? `matches \`${schema.pattern}\`` : "",
    schema.default !== undefined ? `default \`${JSON.stringify(schema.default)}\`` : "",
  ]
    .filter(Boolean)
    .join("; ");
}

/** The fields of a JSON object, nested ones with dotted names ("points[].value"); a component is not expanded inside itself. */
export function fieldsOf(doc: OpenAPIObject, schema: Schema, prefix = "", expanding = new Set<string>()): Field[] {
  const object = resolve(doc, schema);
  return Object.entries(object.properties ?? {}).flatMap(([name, property]) => {
    const resolved = resolve(doc, property);
    const field = {
      name: `${prefix}${name}`,
      type: typeOf(doc, property),
      required: (object.required ?? []).includes(name),
      description: resolved.description ?? "",
      limits: limitsOf(resolved),
    };
    const isArray = resolved.type === "array";
    const inner = isArray ? (resolved.items ?? {}) : property;
    if ((inner.$ref && expanding.has(inner.$ref)) || !resolve(doc, inner).properties) return [field];
    const next = inner.$ref ? new Set([...expanding, inner.$ref]) : expanding;
    return [field, ...fieldsOf(doc, inner, `${prefix}${name}${isArray ? "[]" : ""}.`, next)];
  });
}

type Content = Record<string, { schema: Schema }>;
interface ResponseObject {
  description?: string;
  headers?: Record<string, { description?: string }>;
  content?: Content;
}

interface RequestBodyObject {
  required?: boolean;
  content?: Content;
}

const STATUS_TEXT: Record<string, string> = { "200": "OK", "201": "Created" };

function requestBodyOf(doc: OpenAPIObject, body: RequestBodyObject | undefined): RequestBody | null {
  const content = body?.content ?? {};
  const json = content["application/json"];
  const contentTypes = Object.keys(content);
  if (json) return { required: Boolean(body?.required), contentTypes, file: false, fields: fieldsOf(doc, json.schema) };
  return contentTypes.length ? { required: Boolean(body?.required), contentTypes, file: true, fields: [] } : null;
}

export function operationsByTag(doc: OpenAPIObject): { tag: string; description: string; operations: Operation[] }[] {
  const operations: (Operation & { tag: string })[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item as Record<string, Json>)) {
      const responses = op.responses as Record<string, ResponseObject>;
      const status = Object.keys(responses).find((s) => /^2\d\d$/.test(s)) ?? "200";
      const success = responses[status] ?? {};
      const content = success.content ?? {};
      operations.push({
        tag: (op.tags as string[] | undefined)?.[0] ?? "other",
        id: String(op.operationId),
        method: method.toUpperCase(),
        path,
        summary: String(op.summary ?? ""),
        description: String(op.description ?? ""),
        needsKey: ((op.security as unknown[] | undefined) ?? []).length > 0,
        parameters: ((op.parameters ?? []) as { name: string; in: Parameter["in"]; required?: boolean; schema: Schema; description?: string }[]).map((p) => ({
          name: p.name,
          in: p.in,
          required: Boolean(p.required),
          type: typeOf(doc, p.schema),
          description: p.description ?? p.schema.description ?? "",
        })),
        body: requestBodyOf(doc, op.requestBody as RequestBodyObject | undefined),
        success: {
          status: `${status} ${STATUS_TEXT[status] ?? ""}`.trim(),
          description: success.description ?? "",
          headers: Object.entries(success.headers ?? {}).map(([name, h]) => ({ name, description: h.description ?? "" })),
        },
        fields: content["application/json"] ? fieldsOf(doc, content["application/json"].schema) : [],
        csv: "text/csv" in content,
        errors: Object.keys(responses).filter((s) => Number(s) >= 400),
      });
    }
  }
  return (doc.tags ?? []).map((tag) => ({
    tag: tag.name,
    description: tag.description ?? "",
    operations: operations.filter((o) => o.tag === tag.name),
  }));
}

type Value = string | number | Value[] | { [key: string]: Value };

/**
 * Values the examples use, by parameter or body field name: one drafted event (Russia visiting
 * Ukraine, CAMEO 042 "make a visit") followed through review and into a release. Required
 * parameters without one are shown as NAME placeholders.
 */
const EXAMPLES: Record<string, Value> = {
  slug: "rus-usa",
  number: 1,
  version: 1,
  release: 1,
  date: "2025-08-01",
  "If-Match": '"1"',
  source: "RUS",
  target: "UKR",
  code: "042",
  title: "Russian delegation visits Kyiv for talks on a prisoner exchange",
  summary: "The delegation met Ukrainian officials to agree on the next exchange.",
  sources: [{ url: "https://example.org/news/prisoner-exchange-talks" }],
  revision: 1,
  decision: "approve",
  comment: "Two independent reports confirm the visit.",
  asOf: "2025-08-01",
  notes: "Adds the events reviewed in July.",
  text: "Russia on Wednesday expelled two Polish diplomats, the Foreign Ministry in Moscow said.",
  publishedAt: "2021-03-22",
  format: "gdelt1",
  name: "events.csv",
};

/** The file an upload example sends. */
const EXAMPLE_FILE = "events.csv";

/** A merge patch requires no field: its example sets one that the drafted event left out. */
const PATCH_EXAMPLE = "summary";

const exampleOf = (name: string): Value => EXAMPLES[name] ?? name.toUpperCase();

/** The parameters an example shows as placeholders, to be replaced by the reader. */
export const placeholdersOf = (op: Operation) => op.parameters.filter((p) => p.required && !(p.name in EXAMPLES));

const requiredIn = (op: Operation, where: Parameter["in"]) => op.parameters.filter((p) => p.in === where && p.required);

/** The example request's address under the API's base: required parameters filled in. */
export function examplePath(op: Operation): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => String(exampleOf(name)));
  const query = new URLSearchParams(requiredIn(op, "query").map((p) => [p.name, String(exampleOf(p.name))]));
  return query.size ? `${path}?${query}` : path;
}

/** The example body: its required top-level fields (or, for a patch, PATCH_EXAMPLE); null without a body. */
export function exampleBody(op: Operation): Record<string, Value> | null {
  if (!op.body || op.body.file) return null;
  const topLevel = op.body.fields.filter((f) => !/[.[]/.test(f.name));
  const required = topLevel.filter((f) => f.required);
  const shown = required.length ? required : topLevel.filter((f) => f.name === PATCH_EXAMPLE);
  return Object.fromEntries(shown.map((f) => [f.name, exampleOf(f.name)]));
}

/** A TypeScript literal, on one line when short, else one property or item a line. */
function literal(value: Value, indent = ""): string {
  if (typeof value !== "object") return JSON.stringify(value);
  const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
  const parts = Array.isArray(value) ? value.map((v) => literal(v, `${indent}  `)) : Object.entries(value).map(([k, v]) => `${key(k)}: ${literal(v, `${indent}  `)}`);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  const inline = Array.isArray(value) ? `[${parts.join(", ")}]` : parts.length ? `{ ${parts.join(", ")} }` : "{}";
  if (inline.length <= 80 && !inline.includes("\n")) return inline;
  return `${open}\n${parts.map((p) => `${indent}  ${p},`).join("\n")}\n${indent}${close}`;
}

const shellDoubleQuoted = (text: string) => `"${text.replace(/["\\$`]/g, "\\$&")}"`;
const shellSingleQuoted = (text: string) => `'${text.replace(/'/g, "'\\''")}'`;

/** The request with curl: method, key, If-Match and JSON body when it needs them; for CSV, the CSV request too. */
export function exampleCurl(op: Operation, base: string): string {
  const url = `${base}${examplePath(op)}`;
  const lines = [`curl -i${op.method === "GET" ? "" : ` -X ${op.method}`} "${url}"`];
  // $RTI_API_KEY is left for the reader's shell to fill in.
  if (op.needsKey) lines.push('-H "Authorization: Bearer $RTI_API_KEY"');
  for (const p of requiredIn(op, "header")) lines.push(`-H ${shellDoubleQuoted(`${p.name}: ${String(exampleOf(p.name))}`)}`);
  const body = exampleBody(op);
  if (body) lines.push('-H "Content-Type: application/json"', `-d ${shellSingleQuoted(JSON.stringify(body, null, 2).replace(/\n/g, "\n  "))}`);
  if (op.body?.file) lines.push(`-H "Content-Type: ${op.body.contentTypes[0]}"`, `--data-binary @${EXAMPLE_FILE}`);
  const request = lines.join(" \\\n  ");
  return op.csv ? `${request}\ncurl "${url}${url.includes("?") ? "&" : "?"}format=csv"` : request;
}

/** The same request made with the openapi-fetch client of the page's setup snippet. */
export function exampleClientCall(op: Operation): string {
  const init: Record<string, Value> = {};
  const params: Record<string, Value> = {};
  for (const where of ["header", "path", "query"] as const) {
    const values = requiredIn(op, where);
    if (values.length) params[where] = Object.fromEntries(values.map((p) => [p.name, exampleOf(p.name)]));
  }
  if (Object.keys(params).length) init.params = params;
  const body = exampleBody(op);
  if (body) init.body = body;
  if (op.body?.file) {
    // A file goes as it is: its text as the body, not serialised as JSON.
    return [
      `const { data, error } = await api.${op.method}("${op.path}", {`,
      ...(init.params ? [`  params: ${literal(init.params, "  ")},`] : []),
      `  body: await readFile("${EXAMPLE_FILE}", "utf8"),`,
      "  bodySerializer: (text) => text,",
      `  headers: { "Content-Type": "${op.body.contentTypes[0]}" },`,
      "});",
    ].join("\n");
  }
  return `const { data, error } = await api.${op.method}("${op.path}"${Object.keys(init).length ? `, ${literal(init)}` : ""});`;
}

/** The same request over tRPC: the REST operation's procedure under v1, its input the path and query parameters and the body's fields. */
export function exampleTrpcCall(op: Operation): string {
  if (op.body?.file) return "// Files are not tRPC input: upload them over REST, as above.";
  const input = Object.fromEntries(
    [...op.parameters.filter((p) => p.required && p.in !== "header").map((p) => [p.name, exampleOf(p.name)] as const), ...Object.entries(exampleBody(op) ?? {})],
  );
  // A procedure with parameters takes an object even when all of them are optional.
  const takesInput = op.body || op.parameters.some((p) => p.in !== "header");
  const call = `const data = await trpc.${op.id.replace(/-/g, ".")}.${op.method === "GET" ? "query" : "mutate"}(${takesInput ? literal(input) : ""});`;
  // tRPC reads If-Match from the request's headers, which a client sets per link, not per call.
  return requiredIn(op, "header").some((p) => p.name === "If-Match")
    ? `// Over tRPC If-Match is a request header; the usual way is the studio's event.update/event.submit with baseRevision.\n${call}`
    : call;
}
