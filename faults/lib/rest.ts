// Calling a running server's REST API (/api/v1) as the demo users' API keys do, with a deadline:
// a request that gets no answer in time is a hang, and fails as one.
import type { RestErrorBody } from "../../packages/api/src/rest/errors";

export const DEMO_KEYS = { editor: "rti_demo-editor-key", publisher: "rti_demo-publisher-key" } as const;

export interface ApiAnswer<T> {
  status: number;
  body: T;
}

interface RequestOptions {
  key?: keyof typeof DEMO_KEYS;
  /** A JSON body. */
  json?: unknown;
  /** A file as the body (an import upload), sent as application/octet-stream. */
  file?: Blob;
  timeoutMs?: number;
}

export async function api<T = unknown>(baseUrl: string, method: string, path: string, opts: RequestOptions = {}): Promise<ApiAnswer<T>> {
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const headers: Record<string, string> = {};
  if (opts.key) headers.Authorization = `Bearer ${DEMO_KEYS[opts.key]}`;
  if (opts.json !== undefined) headers["Content-Type"] = "application/json";
  if (opts.file) headers["Content-Type"] = "application/octet-stream";
  let response: Response;
  try {
    response = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers,
      body: opts.file ?? (opts.json === undefined ? undefined : JSON.stringify(opts.json)),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    if ((error as Error).name === "TimeoutError") throw new Error(`${method} ${path} got no answer within ${timeoutMs / 1000} s: the server hangs.`);
    throw error;
  }
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

/** The body's error, after checking it is the API's one error shape `{ error: { code, message, details } }`. */
export function errorOf(answer: ApiAnswer<unknown>): RestErrorBody["error"] {
  const error = (answer.body as Partial<RestErrorBody> | null)?.error;
  if (typeof error?.code !== "string" || typeof error.message !== "string" || typeof error.details !== "object") {
    throw new Error(`HTTP ${answer.status} without the standard error shape: ${JSON.stringify(answer.body)}`);
  }
  return error;
}
