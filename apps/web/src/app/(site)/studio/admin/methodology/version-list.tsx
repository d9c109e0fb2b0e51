"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import { formatGoldstein } from "~/components/studio/event-form/cameo-picker";
import { useReference } from "~/components/studio/event-form/use-reference";
import { formatTimestamp } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { MethodologyVersion } from "./form-values";

/** Every methodology version, newest first (the API's order), with what it changes and who used it. */
export function VersionList() {
  const trpc = useTRPC();
  const { data: versions } = useSuspenseQuery(trpc.methodology.list.queryOptions());
  if (versions.length === 0) return <p className="empty">No methodology version yet. Create the first one below.</p>;
  return (
    <ol className="methodology-versions">
      {versions.map((m) => (
        <li key={m.version}>
          <VersionCard version={m} />
        </li>
      ))}
    </ol>
  );
}

function VersionCard({ version: m }: { version: MethodologyVersion }) {
  const used = m.usedByReleases;
  return (
    <article className="card" aria-labelledby={`methodology-${m.version}`}>
      <h3 id={`methodology-${m.version}`}>{m.name}</h3>
      <p className={used ? "methodology-used" : "muted"}>
        {used
          ? `Used by ${used} ${used === 1 ? "release" : "releases"} — can no longer change.`
          : "Not used by any release yet."}
      </p>
      <dl className="facts">
        <dt>Half-life (H)</dt>
        <dd>{m.halfLifeDays} days</dd>
        <dt>Scale (K)</dt>
        <dd>{m.scale}</dd>
        <dt>Intensity overrides</dt>
        <dd>
          <Overrides overrides={m.intensityOverrides} />
        </dd>
        <dt>Notes</dt>
        <dd className="methodology-notes">{m.notes ?? <span className="muted">None</span>}</dd>
        <dt>Created</dt>
        <dd>
          <time dateTime={m.createdAt}>{formatTimestamp(m.createdAt)}</time>
        </dd>
      </dl>
    </article>
  );
}

function Overrides({ overrides }: { overrides: Record<string, number> }) {
  const { codes } = useReference();
  const entries = Object.entries(overrides).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return <span className="muted">None: every code counts with its Goldstein value</span>;
  return (
    <ul className="methodology-overrides">
      {entries.map(([code, value]) => {
        const cameo = codes.find((c) => c.code === code);
        return (
          <li key={code}>
            <span className="code">{code}</span> {cameo?.name}:{" "}
            <span className="num">
              {cameo ? `Goldstein ${formatGoldstein(cameo.goldstein)} → ` : null}
              {formatGoldstein(value)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
