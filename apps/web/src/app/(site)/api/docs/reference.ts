// Reading the REST API's OpenAPI document for the docs page: operations grouped by tag, their
// parameters, the fields of their responses, and example requests.
import type { OpenAPIObject } from "@rti/api";

type Json = Record<string, unknown>;
interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  description?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  additionalProperties?: boolean | Schema;
  default?: unknown;
  const?: unknown;
}

export interface Parameter {
  name: string;
  in: "path" | "query";
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
}

export interface Operation {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  parameters: Parameter[];
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

/** The fields of a response, nested ones with dotted names ("points[].value"); a component is not expanded inside itself. */
export function fieldsOf(doc: OpenAPIObject, schema: Schema, prefix = "", expanding = new Set<string>()): Field[] {
  const object = resolve(doc, schema);
  return Object.entries(object.properties ?? {}).flatMap(([name, property]) => {
    const resolved = resolve(doc, property);
    const field = { name: `${prefix}${name}`, type: typeOf(doc, property), required: (object.required ?? []).includes(name), description: resolved.description ?? "" };
    const isArray = resolved.type === "array";
    const inner = isArray ? (resolved.items ?? {}) : property;
    if ((inner.$ref && expanding.has(inner.$ref)) || !resolve(doc, inner).properties) return [field];
    const next = inner.$ref ? new Set([...expanding, inner.$ref]) : expanding;
    return [field, ...fieldsOf(doc, inner, `${prefix}${name}${isArray ? "[]" : ""}.`, next)];
  });
}

export function operationsByTag(doc: OpenAPIObject): { tag: string; description: string; operations: Operation[] }[] {
  const operations: (Operation & { tag: string })[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item as Record<string, Json>)) {
      const responses = op.responses as Record<string, { content?: Record<string, { schema: Schema }> }>;
      const ok = responses["200"]?.content ?? {};
      operations.push({
        tag: (op.tags as string[] | undefined)?.[0] ?? "other",
        id: String(op.operationId),
        method: method.toUpperCase(),
        path,
        summary: String(op.summary ?? ""),
        description: String(op.description ?? ""),
        parameters: ((op.parameters ?? []) as { name: string; in: "path" | "query"; required?: boolean; schema: Schema; description?: string }[]).map((p) => ({
          name: p.name,
          in: p.in,
          required: Boolean(p.required),
          type: typeOf(doc, p.schema),
          description: p.description ?? p.schema.description ?? "",
        })),
        fields: ok["application/json"] ? fieldsOf(doc, ok["application/json"].schema) : [],
        csv: "text/csv" in ok,
        errors: Object.keys(responses).filter((status) => Number(status) >= 400),
      });
    }
  }
  return (doc.tags ?? []).map((tag) => ({
    tag: tag.name,
    description: tag.description ?? "",
    operations: operations.filter((o) => o.tag === tag.name),
  }));
}

/** Values the examples use for parameters a request needs; others are shown as NAME placeholders. */
const EXAMPLES: Record<string, string | number> = { slug: "rus-usa", number: 1, version: 1, release: 1, date: "2025-08-01" };

const exampleOf = (p: Parameter) => EXAMPLES[p.name] ?? p.name.toUpperCase();

/** The parameters an example shows as placeholders, to be replaced by the reader. */
export const placeholdersOf = (op: Operation) => op.parameters.filter((p) => p.required && !(p.name in EXAMPLES));

/** The example request's address under the API's base: required parameters filled in. */
export function examplePath(op: Operation): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => String(exampleOf(op.parameters.find((p) => p.name === name)!)));
  const query = new URLSearchParams(op.parameters.filter((p) => p.in === "query" && p.required).map((p) => [p.name, String(exampleOf(p))]));
  return query.size ? `${path}?${query}` : path;
}

/** The same request made with the openapi-fetch client of the page's setup snippet. */
export function exampleClientCall(op: Operation): string {
  const params: string[] = [];
  for (const where of ["path", "query"] as const) {
    const values = op.parameters.filter((p) => p.in === where && p.required).map((p) => `${p.name}: ${JSON.stringify(exampleOf(p))}`);
    if (values.length) params.push(`${where}: { ${values.join(", ")} }`);
  }
  const init = params.length ? `, { params: { ${params.join(", ")} } }` : "";
  return `const { data, error } = await api.${op.method}("${op.path}"${init});`;
}

/** The same request over tRPC: the REST operation's procedure, under v1. */
export function exampleTrpcCall(op: Operation): string {
  const input = op.parameters.filter((p) => p.required).map((p) => `${p.name}: ${JSON.stringify(exampleOf(p))}`);
  return `const data = await trpc.${op.id.replace(/-/g, ".")}.query(${input.length ? `{ ${input.join(", ")} }` : ""});`;
}
