import { TableWrap } from "~/components/table-wrap";
import { Prose } from "./prose";
import type { Field } from "./reference";

/**
 * The fields of a request or response body. A request marks what it needs (`required`), a
 * response what it may leave out (`optional`, the rarer case there).
 */
export function FieldTable({ fields, label, mark }: { fields: Field[]; label: string; mark: "required" | "optional" }) {
  return (
    <TableWrap label={label}>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Type</th>
            <th scope="col">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.name}>
              <th scope="row">
                <code>{f.name}</code>
                {mark === "required" && f.required && <span className="required"> required</span>}
                {mark === "optional" && !f.required && <span className="muted"> optional</span>}
              </th>
              <td>
                <code>{f.type}</code>
              </td>
              <td>
                <Prose text={f.description} />
                {f.limits && (
                  <span className="limits">
                    <Prose text={f.limits} />
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
