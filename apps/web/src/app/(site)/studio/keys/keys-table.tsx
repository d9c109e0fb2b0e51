"use client";
// The signed-in person's active keys, and revoking one (after asking: programs using it are
// refused from their next request).
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { TableWrap } from "~/components/table-wrap";
import { apiProblem } from "~/lib/errors";
import { splitTimestamp } from "~/lib/format";
import { useTRPC } from "~/trpc/react";

export function KeysTable() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: keys } = useSuspenseQuery(trpc.apiKey.list.queryOptions());
  // The key being asked about, and the button that asked, to go back to on Cancel.
  const [confirming, setConfirming] = useState<{ id: string; name: string; prefix: string; opener: HTMLButtonElement } | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const revoke = useMutation(
    trpc.apiKey.revoke.mutationOptions({
      onSuccess: async (_data, { id }) => {
        setMessage({ ok: true, text: `Revoked “${keys.find((k) => k.id === id)?.name}”: requests made with it are refused from now on.` });
        setConfirming(null);
        await queryClient.invalidateQueries({ queryKey: trpc.apiKey.list.queryKey() });
      },
      onError: (error) => {
        setMessage({ ok: false, text: apiProblem(error).message });
        setConfirming(null);
      },
    }),
  );

  // The question takes focus when it appears, and the outcome after it: the row may be gone.
  useEffect(() => {
    if (confirming) question.current?.focus();
    else if (message) messageRef.current?.focus();
  }, [confirming, message]);

  function cancel() {
    const opener = confirming?.opener;
    setConfirming(null);
    requestAnimationFrame(() => opener?.focus());
  }

  return (
    <>
      {message && (
        <p ref={messageRef} tabIndex={-1} className={message.ok ? "success" : "alert"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      )}
      {confirming && (
        <div className="key-confirm" role="group" aria-labelledby="key-confirm-question">
          <p id="key-confirm-question" ref={question} tabIndex={-1}>
            Revoke “{confirming.name}” ({confirming.prefix}…)? Programs using it are refused from their next request. This cannot be undone.
          </p>
          <div className="actions">
            <button type="button" className="button danger" disabled={revoke.isPending} onClick={() => revoke.mutate({ id: confirming.id })}>
              {revoke.isPending ? "Revoking…" : "Revoke now"}
            </button>
            <button type="button" className="button secondary" disabled={revoke.isPending} onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {keys.length === 0 ? (
        <p className="empty">You have no API keys. Make one above to use the API from a program.</p>
      ) : (
        <TableWrap label="Your API keys">
          <table className="data keys-table">
            <caption className="visually-hidden">Your active API keys</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Key</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => (
                <tr key={k.id}>
                  <th scope="row" className="key-name">
                    {k.name}
                  </th>
                  <td>
                    <code>{k.prefix}…</code>
                  </td>
                  <td>
                    <When iso={k.createdAt} />
                  </td>
                  <td>{k.lastUsedAt ? <When iso={k.lastUsedAt} /> : "Never"}</td>
                  <td>
                    <button
                      type="button"
                      className="button secondary danger"
                      aria-label={`Revoke ${k.name}`}
                      disabled={revoke.isPending}
                      onClick={(e) => {
                        setMessage(null);
                        setConfirming({ id: k.id, name: k.name, prefix: k.prefix, opener: e.currentTarget });
                      }}
                    >
                      Revoke
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  );
}

/** Day over time, so the table stays narrow. */
function When({ iso }: { iso: string }) {
  const [day, time] = splitTimestamp(iso);
  return (
    <time dateTime={iso}>
      {day} <span className="when">{time}</span>
    </time>
  );
}
