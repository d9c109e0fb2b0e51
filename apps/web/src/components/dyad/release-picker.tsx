"use client";

import Form from "next/form";

/** Picks the release (as-of) to show; a GET form, so the address keeps the choice. */
export function ReleasePicker({ action, releases, current, range }: { action: string; releases: { number: number; asOf: string }[]; current: number; range: string }) {
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
      {range === "all" ? null : <input type="hidden" name="range" value={range} />}
      <button type="submit" className="button secondary">
        Show
      </button>
    </Form>
  );
}
