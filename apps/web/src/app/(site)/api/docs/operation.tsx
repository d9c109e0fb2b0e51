import { TableWrap } from "~/components/table-wrap";
import { Prose } from "./prose";
import { exampleClientCall, examplePath, exampleTrpcCall, placeholdersOf, type Operation } from "./reference";

/** One operation of the REST API: what it takes, what it answers, and how to call it. */
export function OperationDoc({ op, base }: { op: Operation; base: string }) {
  const url = `${base}${examplePath(op)}`;
  return (
    <section className="operation" aria-labelledby={op.id}>
      <h3 id={op.id}>
        <span className="method">{op.method}</span> <code>{op.path}</code>
      </h3>
      <p className="summary">{op.summary}</p>
      {op.description && (
        <p>
          <Prose text={op.description} />
        </p>
      )}

      <h4>Parameters</h4>
      {op.parameters.length ? (
        <TableWrap label={`Parameters of ${op.method} ${op.path}`}>
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

      <h4>Response</h4>
      <details className="fields">
        <summary>
          JSON fields ({op.fields.length}){op.csv && <>; also as CSV with <code>format=csv</code></>}
        </summary>
        <TableWrap label={`Response fields of ${op.method} ${op.path}`}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Type</th>
                <th scope="col">Meaning</th>
              </tr>
            </thead>
            <tbody>
              {op.fields.map((f) => (
                <tr key={f.name}>
                  <th scope="row">
                    <code>{f.name}</code>
                    {!f.required && <span className="muted"> optional</span>}
                  </th>
                  <td>
                    <code>{f.type}</code>
                  </td>
                  <td>
                    <Prose text={f.description} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
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
      <pre tabIndex={0} aria-label={`curl example for ${op.method} ${op.path}`}>
        <code>{`curl -i "${url}"${op.csv ? `\ncurl "${url}${url.includes("?") ? "&" : "?"}format=csv"` : ""}`}</code>
      </pre>
      <pre tabIndex={0} aria-label={`TypeScript example for ${op.method} ${op.path}`}>
        <code>{`${exampleClientCall(op)}\n// or over tRPC:\n${exampleTrpcCall(op)}`}</code>
      </pre>
    </section>
  );
}
