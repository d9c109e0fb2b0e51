// The progress of a running import: how far through the file, rows read, imported and skipped,
// the rate and the time left, from the counts the runner writes every second.
import type { ImportJob } from "./import-job";

const count = (n: number) => n.toLocaleString("en");

function duration(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function ImportProgress({ job }: { job: ImportJob }) {
  const { progress } = job;
  const percent = Math.floor(progress.fraction * 100);
  return (
    <div className="import-progress">
      <label htmlFor="import-progress-bar">{job.status === "queued" ? "Waiting to start" : "Importing"}</label>
      <progress id="import-progress-bar" max={100} value={percent} aria-valuetext={`${percent}% of the file read`} />
      <dl className="import-counts">
        <div>
          <dt>Read</dt>
          <dd>{percent}% of the file, {count(progress.rowsRead)} rows</dd>
        </div>
        <div>
          <dt>To import</dt>
          <dd>{count(progress.rowsImported)}</dd>
        </div>
        <div>
          <dt>Skipped</dt>
          <dd>{count(progress.rowsSkipped)}</dd>
        </div>
        <div>
          <dt>Rate</dt>
          <dd>{progress.rowsPerSecond ? `${count(Math.round(progress.rowsPerSecond))} rows a second` : "—"}</dd>
        </div>
        <div>
          <dt>Time left</dt>
          <dd>{progress.secondsLeft !== null ? `about ${duration(progress.secondsLeft)}` : "—"}</dd>
        </div>
      </dl>
      {/* Announced at most every tenth of the way, not every second. */}
      <p className="visually-hidden" role="status">
        {job.status === "queued" ? "Waiting to start." : `${Math.floor(percent / 10) * 10}% read.`}
      </p>
    </div>
  );
}
