import Link from "next/link";
import type { Overlay } from "~/lib/load-dyad";
import { MAX_OVERLAYS, dyadHref, type DyadView } from "./view";
import { ViewFields } from "./view-fields";

/** Which line is which; `remove` gives each overlay a link that takes it off. */
export function ChartLegend({ name, overlays, remove }: { name: string; overlays: Overlay[]; remove?: (o: Overlay) => string }) {
  return (
    <ul className="chart-legend" aria-label="Lines on the chart">
      <li>
        <span className="legend-swatch legend-main" aria-hidden="true" /> {name}
      </li>
      {overlays.map((o, i) => (
        <li key={o.slug}>
          <span className={`legend-swatch chart-overlay-${i}`} aria-hidden="true" /> {o.name}
          {o.points === null ? <span className="muted"> (not in this release)</span> : null}{" "}
          {remove ? (
            <Link href={remove(o)} scroll={false} aria-label={`Remove ${o.name} from the chart`} className="legend-remove">
              Remove
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The chart's legend, with a way to add another dyad's line and to remove each. */
export function OverlayPicker({ slug, name, view, overlays, choices }: { slug: string; name: string; view: DyadView; overlays: Overlay[]; choices: { slug: string; name: string }[] }) {
  const available = choices.filter((c) => c.slug !== slug && !view.compare.includes(c.slug));
  return (
    <div className="overlays">
      <ChartLegend name={name} overlays={overlays} remove={(o) => dyadHref(slug, { ...view, compare: view.compare.filter((c) => c !== o.slug) })} />
      {view.compare.length < MAX_OVERLAYS && available.length > 0 ? (
        <form action={`/dyads/${slug}`} className="overlay-form">
          <label htmlFor="overlay-picker">Compare with</label>
          <select id="overlay-picker" name="compare" defaultValue="" required>
            <option value="" disabled>
              Choose a dyad…
            </option>
            {available.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
          <ViewFields view={view} omit={[]} />
          <button type="submit" className="button secondary">
            Add
          </button>
        </form>
      ) : null}
    </div>
  );
}
