import { BANDS } from "@rti/engine";
import type { Metadata } from "next";
import { BandChip } from "~/components/release/band-chip";
import { getQueryClient, trpc } from "~/trpc/server";
import { IntensityTable } from "./intensity-table";
import "~/components/release/release.css";
import "./methodology.css";
import { TableWrap } from "~/components/table-wrap";

export const metadata: Metadata = {
  title: "Methodology",
  description: "How the Relations Tension Index is computed from reviewed events: formulas, parameters and the intensity of every CAMEO code.",
};
// Rendered per request and not cached by release: an admin can add a version at any time, a draft
// release that uses one changes its count of releases, and a version no release has used yet may
// still be changed, so the published releases alone do not determine this page.
export const dynamic = "force-dynamic";

/** The methodology as stored: every version's parameters, the formulas and the intensity table. */
export default async function MethodologyPage() {
  const queryClient = getQueryClient();
  const [versions, codes] = await Promise.all([
    queryClient.fetchQuery(trpc.methodology.list.queryOptions()),
    queryClient.fetchQuery(trpc.reference.cameoCodes.queryOptions()),
  ]);
  const current = versions[0];
  return (
    <article className="methodology">
      <h1>How the index is computed</h1>
      <p className="lede">
        Every published value can be recomputed by anyone from the release&apos;s events and the formulas below. A
        release names the methodology version it used; a version never changes once a release has used it.
      </p>

      <h2>Inputs</h2>
      <ul>
        <li>
          A <strong>dyad</strong> is a pair of actors, such as Russia and the United States; events in either direction
          count.
        </li>
        <li>
          Each reviewed <strong>event</strong> has a day, a CAMEO code, an <strong>intensity</strong> <var>g</var> from
          −10 (most hostile) to +10 (most cooperative) — the code&apos;s Goldstein value unless an editor overrides it
          with a written reason — and a <strong>weight</strong> <var>w</var> from 0 to 1 (lower for a single
          unconfirmed source). An event known only to the month counts on its first day.
        </li>
      </ul>

      <h2>Formulas</h2>
      <dl className="formulas">
        <dt>Daily impulse</dt>
        <dd>
          <code>x_d = Σ w·(−g)</code> over the day&apos;s events: conflict pushes up, cooperation pulls down.
        </dd>
        <dt>Pressure</dt>
        <dd>
          <code>P_d = P_(d−1) · 2^(−1/H) + x_d</code>, starting from 0 before the dyad&apos;s first event: an event&apos;s
          effect halves every <var>H</var> days.
        </dd>
        <dt>Index</dt>
        <dd>
          <code>T_d = 50 + 50 · tanh(P_d / K)</code>: 50 is neutral; <var>K</var> sets how much pressure it takes to
          approach 0 or 100.
        </dd>
        <dt>Components</dt>
        <dd>
          Conflict pressure <var>C</var> and cooperation pressure <var>Q</var> follow the same recursion over conflictual
          (<var>g</var> &lt; 0) and cooperative (<var>g</var> &gt; 0) events alone, so <code>P = C − Q</code>; the
          pressure of each direction likewise.
        </dd>
        <dt>Precision</dt>
        <dd>Computed in 64-bit floating point, rounded to two decimals only when shown.</dd>
      </dl>
      <p>
        Worked example: one event with <var>g</var> = −4 (CAMEO 161, reduce or break diplomatic relations) and{" "}
        <var>w</var> = 1 under H = 30, K = 20 gives 59.87 on its day, 54.98 thirty days later and 52.50 after sixty.
      </p>

      <h2>Bands</h2>
      <ul className="band-list">
        {BANDS.map((b) => (
          <li key={b.band}>
            <BandChip band={b.band} /> {b.to >= 100 ? `${b.from} and above` : `${b.from} to below ${b.to}`}
          </li>
        ))}
      </ul>

      <h2>Versions</h2>
      {versions.length === 0 ? (
        <p className="empty">No methodology version is stored yet.</p>
      ) : (
        <TableWrap label="Intensity of every CAMEO code">
          <table className="data">
            <caption className="visually-hidden">Methodology versions, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Half-life H</th>
                <th scope="col">Scale K</th>
                <th scope="col">Intensity changes</th>
                <th scope="col">Releases</th>
                <th scope="col">Notes</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.version}>
                  <th scope="row">{v.name}</th>
                  <td className="num">{v.halfLifeDays} days</td>
                  <td className="num">{v.scale}</td>
                  <td>
                    {Object.keys(v.intensityOverrides).length === 0
                      ? "none"
                      : Object.entries(v.intensityOverrides)
                          .map(([code, value]) => `${code} → ${value}`)
                          .join(", ")}
                  </td>
                  <td className="num">{v.usedByReleases}</td>
                  <td>{v.notes ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}

      <h2>Intensity of every CAMEO code</h2>
      <p>
        The Goldstein value of each code{current && Object.keys(current.intensityOverrides).length > 0 ? `, with ${current.name}'s changes` : ""}.
        Codes are grouped by their root (the first two digits).
      </p>
      <IntensityTable codes={codes} overrides={current?.intensityOverrides ?? {}} versionName={current?.name ?? ""} />
    </article>
  );
}
