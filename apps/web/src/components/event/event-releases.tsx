// Every published release that includes the event, newest first, with the revision and intensity each used.
import Link from "next/link";
import { formatIntensity } from "~/components/dyad/format";
import { formatTimestamp } from "~/lib/format";
import type { PublishedEvent } from "./types";
import { TableWrap } from "~/components/table-wrap";

export function EventReleases({ releases }: { releases: PublishedEvent["releases"] }) {
  return (
    <TableWrap label="Releases that include this event">
      <table className="data">
        <caption className="visually-hidden">Published releases that include this event, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Release</th>
            <th scope="col">Data as of</th>
            <th scope="col">Published</th>
            <th scope="col" className="num">
              Revision
            </th>
            <th scope="col" className="num">
              Intensity
            </th>
          </tr>
        </thead>
        <tbody>
          {releases.map((r) => (
            <tr key={r.number}>
              <th scope="row">
                <Link href={`/releases/${r.number}`}>Release R{r.number}</Link>
              </th>
              <td className="num">
                <time dateTime={r.asOf}>{r.asOf}</time>
              </td>
              <td className="num">
                <time dateTime={r.publishedAt}>{formatTimestamp(r.publishedAt)}</time>
              </td>
              <td className="num">{r.revision}</td>
              <td className="num">{formatIntensity(r.intensity)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
