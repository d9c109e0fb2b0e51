// A dyad's recent days as a tiny line drawn on the index's fixed 0–100 scale, so rows compare
// at a glance. Decorative: the table beside it says the same in numbers.

/** The window the API sends (release.dyads): a dyad younger than that starts part-way along. */
const DAYS = 90;
const HEIGHT = 30;

export function Sparkline({ values }: { values: number[] }) {
  const shown = values.slice(-DAYS);
  const start = DAYS - shown.length;
  const y = (v: number) => (HEIGHT * (1 - v / 100)).toFixed(2);
  const points = shown.map((v, i) => `${start + i},${y(v)}`).join(" ");
  return (
    <svg className="sparkline" viewBox={`0 0 ${DAYS - 1} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <line className="sparkline-neutral" x1={0} x2={DAYS - 1} y1={y(50)} y2={y(50)} />
      <polyline points={points} />
    </svg>
  );
}
