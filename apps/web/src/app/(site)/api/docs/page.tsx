import { openApiDocument } from "@rti/api";
import type { Metadata } from "next";
import Link from "next/link";
import { requestOrigin } from "~/lib/origin";
import { OperationDoc } from "./operation";
import { Prose } from "./prose";
import { operationsByTag } from "./reference";
import "./api-docs.css";

export const metadata: Metadata = {
  title: "API",
  description: "The Relations Tension Index over HTTP: every dyad's daily series, events and releases as JSON or CSV, described by an OpenAPI document.",
};
// The examples show this site's own address.
export const dynamic = "force-dynamic";

const title = (tag: string) => tag[0]!.toUpperCase() + tag.slice(1);

/** The REST API's reference, rendered from its OpenAPI document (the same one clients generate code from). */
export default async function ApiDocsPage() {
  const doc = openApiDocument();
  const origin = await requestOrigin();
  const base = `${origin}/api/v1`;
  const groups = operationsByTag(doc);
  return (
    <article className="api-docs">
      <h1>API</h1>
      <p className="lede">
        Everything the dashboard shows, over HTTP: each dyad&apos;s daily index as JSON or CSV, the events behind it and
        the releases that published it. The operations below are generated from the same procedures as the site, and
        described by an <a href="/api/v1/openapi.json">OpenAPI 3.1 document</a> that code generators accept.
      </p>

      <nav className="toc" aria-label="Operations">
        <ul>
          <li>
            <a href="#basics">Basics</a>
          </li>
          <li>
            <a href="#typescript">TypeScript</a>
          </li>
          {groups.map((g) => (
            <li key={g.tag}>
              <a href={`#${g.tag}`}>{title(g.tag)}</a>
              <ul>
                {g.operations.map((op) => (
                  <li key={op.id}>
                    <a href={`#${op.id}`}>
                      <code>
                        {op.method} {op.path}
                      </code>
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </nav>

      <h2 id="basics">Basics</h2>
      <dl className="facts">
        <dt>Address</dt>
        <dd>
          <code>{base}</code>; the document is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
        </dd>
        <dt id="keys">Keys</dt>
        <dd>
          Reads need none; writes, marked &ldquo;Needs an API key&rdquo;, do. Make one in{" "}
          <Link href="/studio/keys">Studio → API keys</Link> and send <code>Authorization: Bearer &lt;key&gt;</code> (the
          examples read it from <code>$RTI_API_KEY</code>). A key acts as you, with your roles (an editor drafts and
          submits events, a reviewer decides on them, a publisher makes releases), through the same review workflow as
          the studio: an event reaches the index only once a reviewer other than its author approved it and a release
          includes it. Reads with a key have a higher rate limit.
        </dd>
        <dt id="changing">Changing events</dt>
        <dd>
          Every change names the revision it is based on in <code>If-Match</code>: the event&apos;s <code>ETag</code>,
          e.g. <code>If-Match: &quot;3&quot;</code> (<code>GET /events/&#123;id&#125;?view=working</code> gives the
          latest, and every write answers with the new one). If someone saved a newer revision meanwhile, the answer is{" "}
          <code>409 Conflict</code> with the current revision in <code>details</code>; without <code>If-Match</code> it
          is <code>412 Precondition Failed</code>.
        </dd>
        <dt>Releases and caching</dt>
        <dd>
          Add <code>release=N</code> to read release N: its answers never change, so they carry{" "}
          <code>Cache-Control: immutable</code>. Without it you read the latest release, re-checked every minute. Every
          read has an <code>ETag</code>; send it back as <code>If-None-Match</code> to get <code>304 Not Modified</code>.
        </dd>
        <dt>Lists</dt>
        <dd>
          <code>{"{ data: [...], nextCursor }"}</code>: pass <code>nextCursor</code> as <code>cursor</code> for the next
          page; it is null on the last.
        </dd>
        <dt id="errors">Errors</dt>
        <dd>
          Always <code>{"{ error: { code, message, details } }"}</code> with the status: 400 for a bad parameter or body
          field (<code>details.issues</code> names each), 401 for a missing or unknown key, 403 when the key&apos;s owner
          may not do that, 404, 405, 409 when a change conflicts with a newer one (see above), 412 for a change without{" "}
          <code>If-Match</code>, 413 for a body over 1 MB, 415 for a body that is not JSON, 422 when the event&apos;s
          state does not allow the change (e.g. it is in review), 429 when over the rate limit (wait{" "}
          <code>Retry-After</code> seconds).
        </dd>
        <dt>Browsers</dt>
        <dd>Any origin may call the API (CORS).</dd>
      </dl>

      <h2 id="typescript">TypeScript</h2>
      <p>A client typed from the document, with openapi-fetch:</p>
      <pre tabIndex={0} aria-label="openapi-fetch setup">
        <code>{`// npm install openapi-fetch && npx openapi-typescript ${base}/openapi.json -o rti-api.ts
import createClient from "openapi-fetch";
import type { paths } from "./rti-api";

// Needed for writes (Basics → Keys); reads need none.
const key = process.env.RTI_API_KEY;
// "application/json": data is typed as the JSON answer (ask for CSV with fetch).
const api = createClient<paths, "application/json">({
  baseUrl: "${base}",
  headers: key ? { Authorization: \`Bearer \${key}\` } : {},
});`}</code>
      </pre>
      <p>
        Or tRPC, typed by the <code>AppRouter</code> this project exports (<code>@rti/api</code>): each operation below is
        also the procedure named in its example. Over tRPC you act as the user signed in to this site (its session
        cookie): API keys are for the REST API.
      </p>
      <pre tabIndex={0} aria-label="tRPC client setup">
        <code>{`import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { AppRouter } from "@rti/api";
import superjson from "superjson";

const trpc = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "${origin}/api/trpc", transformer: superjson })] });`}</code>
      </pre>

      {groups.map((g) => (
        <section key={g.tag} aria-labelledby={g.tag}>
          <h2 id={g.tag}>{title(g.tag)}</h2>
          <p>
            <Prose text={g.description} />
          </p>
          {g.operations.map((op) => (
            <OperationDoc key={op.id} op={op} base={base} />
          ))}
        </section>
      ))}
    </article>
  );
}
