"use client";

import Form from "next/form";
import type { DyadView } from "./view";
import { ViewFields } from "./view-fields";

/** Picks the release (as-of) to show; a GET form, so the address keeps the choice. */
export function ReleasePicker({ action, releases, current, view }: { action: string; releases: { number: number; asOf: string }[]; current: number; view: DyadView }) {
  return (
    <Form action={action} className="release-picker">
      <label htmlFor="release-picker">Release</label>
      <select id="release-picker" name="release" defaultValue={current} onChange={(e) => e.currentTarget.form?.requestSubmit()}>
        {releases.map((r) => (
          <option key={r.number} value={r.number}>
            R{r.number} · data as of {r.asOf}
          </option>
        ))}
      </select>
      {/* An older release may not reach the explained day; the page says so if it does not. */}
      <ViewFields view={view} omit={["release"]} />
      <button type="submit" className="button secondary">
        Show
      </button>
    </Form>
  );
}
