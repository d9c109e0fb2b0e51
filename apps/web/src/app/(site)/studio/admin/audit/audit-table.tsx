"use client";
import { useSuspenseInfiniteQuery } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { auditPaging } from "./paging";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

function Change({ before, after, meta }: { before: unknown; after: unknown; meta: unknown }) {
  const parts = [
    ["before", before],
    ["after", after],
    ["details", meta],
  ].filter(([, v]) => v !== null && v !== undefined);
  if (parts.length === 0) return <span className="muted">—</span>;
  return (
    <details>
      <summary>Show</summary>
      {parts.map(([label, value]) => (
        <div key={String(label)}>
          <strong>{String(label)}</strong>
          <pre className="code" style={{ whiteSpace: "pre-wrap", margin: ".25rem 0" }}>
            {JSON.stringify(value, null, 2)}
          </pre>
        </div>
      ))}
    </details>
  );
}

export function AuditTable() {
  const trpc = useTRPC();
  const [action, setAction] = useState("");
  const [actorEmail, setActorEmail] = useState("");
  const filters = { action: useDeferredValue(action.trim()) || undefined, actorEmail: useDeferredValue(actorEmail.trim()) || undefined };
  const query = useSuspenseInfiniteQuery(
    trpc.admin.auditLog.infiniteQueryOptions(filters, auditPaging),
  );
  const entries = query.data.pages.flatMap((p) => p.items);

  return (
    <>
      <div className="actions" role="search" style={{ marginBottom: "1rem" }}>
        <div className="field">
          <label htmlFor="audit-action">Action starts with</label>
          <input id="audit-action" value={action} onChange={(e) => setAction(e.target.value)} placeholder="event.review" />
        </div>
        <div className="field">
          <label htmlFor="audit-email">Person&apos;s email</label>
          <input id="audit-email" type="email" value={actorEmail} onChange={(e) => setActorEmail(e.target.value)} />
        </div>
      </div>
      {entries.length === 0 ? (
        <p className="empty">No entries match these filters.</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <caption className="visually-hidden">Audit entries, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When (UTC)</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">On</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td className="num">
                    <time dateTime={e.at}>{when.format(new Date(e.at))}</time>
                  </td>
                  <td>{e.actorEmail ?? <span className="muted">anonymous</span>}</td>
                  <td className="code">{e.action}</td>
                  <td>
                    {e.entityType}
                    {e.entityId ? <span className="muted code"> {e.entityId.slice(0, 8)}</span> : null}
                  </td>
                  <td>
                    <Change before={e.before} after={e.after} meta={e.meta} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="actions" style={{ marginTop: "1rem" }}>
        <span className="muted">{entries.length} entries shown</span>
        {query.hasNextPage && (
          <button type="button" className="button secondary" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage}>
            {query.isFetchingNextPage ? "Loading…" : "Show older entries"}
          </button>
        )}
      </p>
    </>
  );
}
