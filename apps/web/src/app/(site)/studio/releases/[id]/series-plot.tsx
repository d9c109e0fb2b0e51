"use client";
// The before/after chart: Observable Plot draws into a div once the browser has it, and again
// when the div changes width, so the figure always fits the page. The drawing is hidden from
// screen readers: the figure around it carries a label and a caption that say what it shows.
import * as Plot from "@observablehq/plot";
import { BANDS } from "@rti/engine";
import { useEffect, useMemo, useRef } from "react";

interface Point {
  date: string;
  value: number;
}

const toDates = (points: Point[]) => points.map((p) => ({ date: new Date(`${p.date}T00:00:00Z`), value: p.value }));

export function SeriesPlot({ previous, current }: { previous: Point[]; current: Point[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const before = useMemo(() => toDates(previous), [previous]);
  const after = useMemo(() => toDates(current), [current]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let width = 0;
    const observer = new ResizeObserver(() => {
      if (el.clientWidth === width) return;
      width = el.clientWidth;
      const drawing = Plot.plot({
        width,
        height: 320,
        marginLeft: 40,
        marginRight: 72,
        x: { type: "utc", label: null },
        y: { domain: [0, 100], label: "Index", ticks: [0, 20, 40, 60, 80, 100] },
        marks: [
          // Band thresholds, with each band's name in the right margin where no line crosses it.
          Plot.ruleY(BANDS.slice(1), { y: "from", stroke: "currentColor", strokeOpacity: 0.15 }),
          Plot.text(BANDS, { y: (b: (typeof BANDS)[number]) => (b.from + b.to) / 2, text: "label", frameAnchor: "right", textAnchor: "start", dx: 8, fill: "currentColor", fillOpacity: 0.7 }),
          Plot.lineY(before, { x: "date", y: "value", stroke: "var(--muted)", strokeWidth: 1.5, strokeDasharray: "5 4" }),
          Plot.lineY(after, { x: "date", y: "value", stroke: "var(--accent)", strokeWidth: 2 }),
        ],
      });
      drawing.setAttribute("aria-hidden", "true");
      el.replaceChildren(drawing);
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      el.replaceChildren();
    };
  }, [before, after]);

  return <div ref={ref} className="series-plot" />;
}
