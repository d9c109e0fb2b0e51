// The dyad chart's frame and scales, shared by the server's first frame and the browser's
// interactions (brush, crosshair), so both map a day to the same pixel.
import { dayNumber, dayString } from "@rti/engine";
import { scaleLinear, scaleUtc } from "d3-scale";

export const CHART = { width: 800, height: 320 } as const;
export const PLOT = { left: 34, right: CHART.width - 12, top: 10, bottom: CHART.height - 28 } as const;

const dateOf = (day: number) => new Date(day * 86_400_000);

export function chartScales(first: string, last: string) {
  const a = dayNumber(first);
  const b = dayNumber(last);
  // A single day still gets a width, so its point sits in the middle rather than on an edge.
  const x = scaleUtc()
    .domain(a === b ? [dateOf(a - 1), dateOf(a + 1)] : [dateOf(a), dateOf(b)])
    .range([PLOT.left, PLOT.right]);
  const y = scaleLinear().domain([0, 100]).range([PLOT.bottom, PLOT.top]);
  return {
    x: (date: string) => x(dateOf(dayNumber(date))),
    y,
    /** The day under a horizontal position, kept within the shown days. */
    dayAt: (px: number) => dayString(Math.min(b, Math.max(a, Math.round(x.invert(px).getTime() / 86_400_000)))),
    /** Calendar-aligned ticks (years, months or days, whichever fits) with d3's labels. */
    ticks: (count: number) => {
      const label = x.tickFormat(count);
      return x.ticks(count).map((d) => ({ date: d.toISOString().slice(0, 10), x: x(d), label: label(d) }));
    },
  };
}
