import { ChangelogDyads } from "./changelog-dyads";
import { ChangelogEvents, type EventHref } from "./changelog-events";
import type { Changelog, NameOf } from "./changelog-types";

/** A release's changelog against the previous release: its events, then its dyads. */
export function ChangelogSection({ changelog, nameOf, eventHref }: { changelog: Changelog; nameOf: NameOf; eventHref?: EventHref }) {
  return (
    <section aria-labelledby="changelog-title" className="changelog">
      <h2 id="changelog-title">Changelog</h2>
      <p>
        {changelog.previous ? (
          <>Compared with R{changelog.previous.number}.</>
        ) : (
          <>First release: there is nothing earlier to compare with, so every event and dyad is new.</>
        )}
      </p>
      <ChangelogEvents changelog={changelog} nameOf={nameOf} eventHref={eventHref} />
      <h3>Dyads ({changelog.dyads.length})</h3>
      <ChangelogDyads dyads={changelog.dyads} nameOf={nameOf} />
    </section>
  );
}
