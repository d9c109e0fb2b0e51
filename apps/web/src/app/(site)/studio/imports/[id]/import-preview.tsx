// What the file will become, before anything is written: which column feeds which field, and the
// first rows as the drafts they would be or the reason each would be skipped.
import { TableWrap } from "~/components/table-wrap";
import type { ImportJob } from "./import-job";

export function ImportPreview({ preview }: { preview: ImportJob["preview"] }) {
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">Check the preview</h2>
      <p className="muted">Nothing has been imported yet. If the mapping or the rows look wrong, cancel and check the format.</p>
      <h3>Mapping</h3>
      <TableWrap label="Which column feeds which field">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Field of the event</th>
              <th scope="col">From the file</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {preview.mapping.map((m) => (
              <tr key={m.field}>
                <th scope="row">{m.field}</th>
                <td>
                  <code>{m.from}</code>
                </td>
                <td>{m.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <h3>First rows</h3>
      <TableWrap label="The first rows of the file and what each becomes">
        <table className="data preview-rows">
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Becomes</th>
              <th scope="col">Day</th>
              <th scope="col">Who → whom</th>
              <th scope="col">Kind of event</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <tr key={r.line} className={r.skip ? "skipped" : undefined}>
                <th scope="row">{r.line}</th>
                {r.event ? (
                  <>
                    <td>{r.event.title}</td>
                    <td>{r.event.date}</td>
                    <td>
                      {r.event.sourceName} → {r.event.targetName}
                    </td>
                    <td>
                      <code>{r.event.code}</code> {r.event.codeName} ({r.event.intensity > 0 ? "+" : ""}
                      {r.event.intensity})
                    </td>
                  </>
                ) : (
                  <td colSpan={4}>
                    <span className="skip-label">Skipped: {r.skip?.label}</span> — {r.skip?.reason}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
