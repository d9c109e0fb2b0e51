import { Fragment } from "react";
import { TableWrap } from "~/components/table-wrap";
import { FieldTable } from "./field-table";
import { Prose } from "./prose";
import { exampleClientCall, exampleCurl, exampleTrpcCall, placeholdersOf, type Operation } from "./reference";

/** One operation of the REST API: who may call it, what it takes, what it answers, and how to call it. */
export function OperationDoc({ op, base }: { op: Operation; base: string }) {
  const name = `${op.method} ${op.path}`;
  return (
    <section className="operation" aria-labelledby={op.id}>
      <h3 id={op.id}>
        <span className="method">{op.method}</span> <code>{op.path}</code>
      </h3>
      <p className="summary">{op.summary}</p>
      {op.needsKey && (
        <p className="needs-key">
          <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="14" height="14">
            <path fillRule="evenodd" d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2h.5a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1zm1.5 0h4V5a2 2 0 0 0-4 0z" fill="currentColor" />
          </svg>
          Needs an <a href="#keys">API key</a>
        </p>
      )}
      {op.description && (
        <p>
          <Prose text={op.description} />
        </p>
      )}

      <h4>Parameters</h4>
      {op.parameters.length ? (
        <TableWrap label={`Parameters of ${name}`}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">In</th>
                <th scope="col">Type</th>
                <th scope="col">Meaning</th>
              </tr>
            </thead>
            <tbody>
              {op.parameters.map((p) => (
                <tr key={p.name}>
                  <th scope="row">
                    <code>{p.name}</code>
                    {p.required && <span className="required"> required</span>}
                  </th>
                  <td>{p.in}</td>
                  <td>
                    <code>{p.type}</code>
                  </td>
                  <td>
                    <Prose text={p.description} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p className="muted">None.</p>
      )}

      {(op.body || op.method !== "GET") && <h4>Request body</h4>}
      {op.body ? (
        <>
          <p>
            {op.body.file ? "The file itself, as it is" : `A JSON object${op.body.required ? "" : " (optional)"}`}, sent with{" "}
            <code>Content-Type</code>{" "}
            {op.body.contentTypes.map((type, i) => (
              <Fragment key={type}>
                {i > 0 && " or "}
                <code>{type}</code>
              </Fragment>
            ))}
            .
          </p>
          {!op.body.file && <FieldTable fields={op.body.fields} label={`Request body fields of ${name}`} mark="required" />}
        </>
      ) : (
        op.method !== "GET" && <p className="muted">None.</p>
      )}

      <h4>Response</h4>
      <p>
        <strong>{op.success.status}</strong>
        {op.success.description && (
          <>
            : <Prose text={op.success.description} />.
          </>
        )}
      </p>
      {op.success.headers.length > 0 && (
        <dl className="facts">
          {op.success.headers.map((h) => (
            <Fragment key={h.name}>
              <dt>
                <code>{h.name}</code> header
              </dt>
              <dd>
                <Prose text={h.description} />
              </dd>
            </Fragment>
          ))}
        </dl>
      )}
      <details className="fields">
        <summary>
          JSON fields ({op.fields.length}){op.csv && <>; also as CSV with <code>format=csv</code></>}
        </summary>
        <FieldTable fields={op.fields} label={`Response fields of ${name}`} mark="optional" />
      </details>
      <p className="errors">
        Errors: {op.errors.join(", ")}, in <a href="#errors">the one error shape</a>.
      </p>

      <h4>Examples</h4>
      {placeholdersOf(op).map((p) => (
        <p key={p.name} className="muted">
          Replace <code>{p.name.toUpperCase()}</code>: <Prose text={p.description} />
        </p>
      ))}
      <pre tabIndex={0} aria-label={`curl example for ${name}`}>
        <code>{exampleCurl(op, base)}</code>
      </pre>
      <pre tabIndex={0} aria-label={`TypeScript example for ${name}`}>
        <code>{`${exampleClientCall(op)}\n// or over tRPC:\n${exampleTrpcCall(op)}`}</code>
      </pre>
    </section>
  );
}
