import type { DyadView } from "./view";
import { ViewFields } from "./view-fields";

/** The brush for the keyboard: the first and last day to show. */
export function ZoomForm({ action, view, shown, bounds }: { action: string; view: DyadView; shown: { from: string; to: string }; bounds: { min: string; max: string } }) {
  return (
    <form action={action} className="zoom-form" aria-label="Zoom to dates">
      <label>
        From <input type="date" name="from" defaultValue={shown.from} min={bounds.min} max={bounds.max} required />
      </label>
      <label>
        to <input type="date" name="to" defaultValue={shown.to} min={bounds.min} max={bounds.max} required />
      </label>
      <ViewFields view={view} omit={["range", "from", "to", "day"]} />
      <button type="submit" className="button secondary">
        Zoom
      </button>
    </form>
  );
}
