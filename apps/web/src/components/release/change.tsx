import { formatDelta } from "./format";

/** A change of the index: arrow and signed figure to the eye, "up 3.20" to a screen reader. */
export function Change({ delta }: { delta: number | null }) {
  if (delta === null) {
    return (
      <span className="change">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">not known</span>
      </span>
    );
  }
  const shown = formatDelta(delta);
  const direction = shown === "0.00" ? "flat" : delta > 0 ? "up" : "down";
  return (
    <span className={`change change-${direction}`}>
      <span aria-hidden="true">
        {direction === "up" ? "▲ " : direction === "down" ? "▼ " : null}
        {shown}
      </span>
      <span className="visually-hidden">{direction === "flat" ? "unchanged" : `${direction} ${Math.abs(delta).toFixed(2)}`}</span>
    </span>
  );
}
