"use client";

// What the server's chart gains in the browser: drag across it to zoom to those days (a d3
// brush), click a day to explain it, and a read-out of the day or event under the pointer or
// keyboard focus. The keyboard has the same through the zoom and "what moved it" forms.
import { brushX, type D3BrushEvent } from "d3-brush";
import { pointer, select } from "d3-selection";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { bandLabel, formatValue } from "~/components/release/format";
import { band, dayNumber } from "@rti/engine";
import { PLOT, chartScales } from "./chart-geometry";
import { formatIntensity } from "./format";
import type { ReleaseEvent } from "./types";
import { dyadHref, type DyadBase, type DyadView } from "./view";

type ReadOut = { kind: "day"; date: string; lines: { name: string; value: number | undefined }[] } | { kind: "event"; event: ReleaseEvent; direction: string };

/** A line as the browser needs it: its first day and one value a day from there. */
export interface LineValues {
  name: string;
  first: string;
  values: number[];
}

export interface ChartInteractionsProps {
  slug: string;
  view: DyadView;
  /** Where zooming leads; only the dyad page explains a clicked day. */
  base: DyadBase;
  /** The shown days; the dyad's own line first, then the overlays. */
  first: string;
  last: string;
  lines: LineValues[];
  events: ReleaseEvent[];
  names: Record<string, string>;
  children: ReactNode;
}

export function ChartInteractions({ slug, view, base, first, last, lines, events, names, children }: ChartInteractionsProps) {
  const ref = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const [readOut, setReadOut] = useState<ReadOut | null>(null);

  useEffect(() => {
    const box = ref.current;
    const svg = box?.querySelector("svg");
    if (!box || !svg) return;
    const { x, y, dayAt } = chartScales(first, last);
    const valueOn = (l: LineValues, date: string) => l.values[dayNumber(date) - dayNumber(l.first)];
    const crosshair = select(svg).select<SVGGElement>(".chart-crosshair");
    const showDay = (date: string) => {
      const v = valueOn(lines[0]!, date);
      crosshair.attr("visibility", v === undefined ? "hidden" : "visible");
      crosshair.select("line").attr("x1", x(date)).attr("x2", x(date));
      crosshair.select("circle").attr("cx", x(date)).attr("cy", v === undefined ? 0 : y(v));
      setReadOut({ kind: "day", date, lines: lines.map((l) => ({ name: l.name, value: valueOn(l, date) })) });
    };
    const hide = () => {
      crosshair.attr("visibility", "hidden");
      setReadOut(null);
    };
    const showEvent = (target: EventTarget | null) => {
      const marker = (target as Element | null)?.closest?.("a.chart-event");
      const event = marker ? events[Number(marker.getAttribute("data-index"))] : undefined;
      if (!event) return false;
      crosshair.attr("visibility", "hidden");
      setReadOut({ kind: "event", event, direction: `${names[event.sourceActor] ?? event.sourceActor} → ${names[event.targetActor] ?? event.targetActor}` });
      return true;
    };

    const brush = brushX<unknown>()
      .extent([
        [PLOT.left, PLOT.top],
        [PLOT.right, PLOT.bottom],
      ])
      .on("end", (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return; // our own clearing below
        const selection = event.selection as [number, number] | null;
        if (selection) {
          select(svg).select<SVGGElement>(".chart-brush").call(brush.move, null);
          const [from, to] = selection.map(dayAt) as [string, string];
          if (from < to) router.push(dyadHref(slug, { ...view, from, to, day: undefined }, { base }), { scroll: false });
        } else if (base === "/dyads") {
          // A click without a drag: explain that day.
          const day = dayAt(pointer(event.sourceEvent, svg)[0]);
          router.push(dyadHref(slug, { ...view, day }), { scroll: false });
        }
      });
    const brushArea = select(svg).select<SVGGElement>(".chart-brush").call(brush);

    const onMove = (e: PointerEvent) => {
      if (!showEvent(e.target)) showDay(dayAt(pointer(e, svg)[0]));
    };
    const onFocus = (e: FocusEvent) => void showEvent(e.target);
    svg.addEventListener("pointermove", onMove);
    svg.addEventListener("pointerleave", hide);
    // Focus listeners go on the wrapper: Chromium makes an SVG element with them a Tab stop of its own.
    box.addEventListener("focusin", onFocus);
    box.addEventListener("focusout", hide);
    return () => {
      brushArea.on(".brush", null);
      svg.removeEventListener("pointermove", onMove);
      svg.removeEventListener("pointerleave", hide);
      box.removeEventListener("focusin", onFocus);
      box.removeEventListener("focusout", hide);
    };
  }, [first, last, lines, events, names, slug, view, base, router]);

  return (
    <div ref={ref} className="chart-interactive">
      {children}
      <p className="chart-readout">
        {readOut === null ? (
          <span className="muted">Point at the line to read a day, drag across it to zoom in{base === "/dyads" ? ", click a day to see what moved it" : ""}.</span>
        ) : readOut.kind === "event" ? (
          <>
            <strong>{readOut.event.title}</strong> · {readOut.event.date} · {readOut.direction} · CAMEO {readOut.event.cameo.code} {readOut.event.cameo.name} ·
            intensity {formatIntensity(readOut.event.intensity)} <span className="muted">(Enter or click opens the event)</span>
          </>
        ) : (
          <>
            <strong>{readOut.date}</strong>
            {readOut.lines.map((l) =>
              l.value === undefined ? null : (
                <span key={l.name}>
                  {" "}
                  · {l === readOut.lines[0] ? "" : `${l.name} `}
                  {formatValue(l.value)} {l === readOut.lines[0] ? <span className="muted">({bandLabel(band(l.value))})</span> : null}
                </span>
              ),
            )}
          </>
        )}
      </p>
    </div>
  );
}
