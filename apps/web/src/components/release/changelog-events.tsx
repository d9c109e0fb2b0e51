import Link from "next/link";
import type { ReactNode } from "react";
import type { Changelog, NameOf } from "./changelog-types";
import { TableWrap } from "~/components/table-wrap";

interface EventRef {
  eventId: string;
  title: string;
  dyad: string;
  date: string;
}

interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  className?: string;
}

/** Where an event's title links to (the studio's event page); unlinked when absent, as on the public site. */
export type EventHref = (eventId: string) => string;

/** The events this release adds, changes, retracts or drops against the previous one. */
export function ChangelogEvents({ changelog, nameOf, eventHref }: { changelog: Changelog; nameOf: NameOf; eventHref?: EventHref }) {
  return (
    <>
      <EventSection
        title="Events added"
        rows={changelog.added}
        nameOf={nameOf}
        eventHref={eventHref}
        columns={[{ header: "Revision", cell: (e) => e.revision, className: "num" }]}
      />
      <EventSection
        title="Events changed"
        rows={changelog.changed}
        nameOf={nameOf}
        eventHref={eventHref}
        columns={[
          {
            header: "Revision",
            className: "num",
            cell: (e) => (
              <>
                <span aria-hidden="true">
                  {e.fromRevision} → {e.toRevision}
                </span>
                <span className="visually-hidden">
                  from {e.fromRevision} to {e.toRevision}
                </span>
              </>
            ),
          },
          { header: "Change note", className: "note", cell: (e) => e.changeNote ?? <span className="muted">No note</span> },
        ]}
      />
      <EventSection
        title="Events retracted"
        rows={changelog.retracted}
        nameOf={nameOf}
        eventHref={eventHref}
        columns={[{ header: "Reason", className: "note", cell: (e) => e.reason }]}
      />
      <EventSection
        title="Events removed"
        hint="In the previous release but not in this one, without a retraction: for example, its date moved past the cut-off."
        rows={changelog.removed}
        nameOf={nameOf}
        eventHref={eventHref}
        columns={[]}
      />
    </>
  );
}

function EventSection<T extends EventRef>({
  title,
  hint,
  rows,
  columns,
  nameOf,
  eventHref,
}: {
  title: string;
  hint?: string;
  rows: T[];
  columns: Column<T>[];
  nameOf: NameOf;
  eventHref?: EventHref;
}) {
  return (
    <>
      <h3>
        {title} ({rows.length})
      </h3>
      {hint ? <p className="muted">{hint}</p> : null}
      {rows.length === 0 ? (
        <p className="none">None.</p>
      ) : (
        <TableWrap label={title}>
          <table className="data">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Dyad</th>
                <th scope="col">Date</th>
                {columns.map((c) => (
                  <th key={c.header} scope="col" className={c.className}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.eventId}>
                  <th scope="row">{eventHref ? <Link href={eventHref(e.eventId)}>{e.title}</Link> : e.title}</th>
                  <td>{nameOf(e.dyad)}</td>
                  <td className="num">{e.date}</td>
                  {columns.map((c) => (
                    <td key={c.header} className={c.className}>
                      {c.cell(e)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  );
}
