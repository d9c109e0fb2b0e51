"use client";
// The events a finished import created, pair by pair, linking each pair's drafts in the studio.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { TableWrap } from "~/components/table-wrap";
import { useTRPC } from "~/trpc/react";

export function ImportDyads({ id }: { id: string }) {
  const trpc = useTRPC();
  const { data, isPending, error } = useQuery(trpc.imports.dyads.queryOptions({ id }));
  if (isPending) return <p className="muted" role="status">Counting the events by pair…</p>;
  if (error || data.length === 0) return null;
  return (
    <section aria-labelledby="dyads-heading">
      <h2 id="dyads-heading">Events by pair ({data.length})</h2>
      <TableWrap label="Events this import created, by pair">
        <table className="data import-dyads">
          <thead>
            <tr>
              <th scope="col">Pair</th>
              <th scope="col">Events</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.dyad} data-dyad={d.dyad}>
                <th scope="row">
                  <Link href={`/studio/events?dyad=${d.dyad}`}>
                    {d.actorA.name} – {d.actorB.name}
                  </Link>
                </th>
                <td>{d.events.toLocaleString("en")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
