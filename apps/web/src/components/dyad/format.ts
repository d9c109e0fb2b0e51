import type { Names, ReleaseEvent } from "./types";

/** Goldstein intensity with its sign and a real minus: "−10", "+7", "0". */
export function formatIntensity(n: number): string {
  return `${n < 0 ? "−" : n > 0 ? "+" : ""}${Math.abs(n)}`;
}

/** "Russia → Ukraine". */
export const direction = (e: ReleaseEvent, names: Names) => `${names[e.sourceActor] ?? e.sourceActor} → ${names[e.targetActor] ?? e.targetActor}`;

/** The anchor of an event in the page's list, which the chart's markers link to. */
export const eventAnchor = (e: ReleaseEvent) => `event-${e.eventId}`;

/** Two decimals, without the "-0.00" a vanishing negative would show. */
export const formatFigure = (n: number) => (Math.abs(n) < 0.005 ? 0 : n).toFixed(2);
