import type { DyadView } from "./view";

/**
 * The rest of a view as hidden fields, so a GET form that changes one part (release, zoom,
 * overlays, day) keeps the others.
 */
export function ViewFields({ view, omit }: { view: DyadView; omit: (keyof DyadView)[] }) {
  const keep = (k: keyof DyadView) => !omit.includes(k);
  const zoomed = view.from || view.to;
  return (
    <>
      {keep("release") && view.release ? <input type="hidden" name="release" value={view.release} /> : null}
      {keep("range") && !zoomed && view.range !== "all" ? <input type="hidden" name="range" value={view.range} /> : null}
      {keep("from") && view.from ? <input type="hidden" name="from" value={view.from} /> : null}
      {keep("to") && view.to ? <input type="hidden" name="to" value={view.to} /> : null}
      {keep("compare") ? view.compare.map((c) => <input key={c} type="hidden" name="compare" value={c} />) : null}
      {keep("day") && view.day ? <input type="hidden" name="day" value={view.day} /> : null}
    </>
  );
}
