// Drafting and publishing releases (product.md, Release). A draft captures the approved
// revisions as of its cut-off, computes every dyad's series with its methodology version and
// stores them with a changelog; publishing numbers it and freezes it, in one transaction.
import { randomUUID } from "node:crypto";
import { withPgTransaction, writeAuditSql, type Db, type Prisma } from "@rti/db";
import { computeDyad, dayNumber, type EngineEvent } from "@rti/engine";
import { DomainError } from "../../errors";
import { writeAudit } from "../audit";
import type { Author } from "../events/workflow";
import { dyadChange, dyadsWithEventChanges, eventChanges, type Changelog } from "./changelog";
import { includedRevisions, methodologyOf, type IncludedRevision } from "./inputs";
import { copySeries, insertSeries, readSeries, supportsCopy } from "./series-store";
import { largestChange, latestFigures } from "./summary";

type Tx = Prisma.TransactionClient;

// Large releases write millions of points; Prisma's default 5 s transaction limit is for requests.
const LONG = { timeout: 15 * 60_000, maxWait: 30_000 };

export async function latestPublished(db: Db | Tx) {
  return db.release.findFirst({ where: { status: "published" }, orderBy: { number: "desc" }, select: { id: true, number: true, methodologyVersion: true } });
}

function groupByDyad(included: IncludedRevision[]) {
  const groups = new Map<number, { slug: string; events: EngineEvent[] }>();
  for (const i of included) {
    const g = groups.get(i.dyadId) ?? { slug: i.dyad, events: [] };
    g.events.push(i.engine);
    groups.set(i.dyadId, g);
  }
  return groups;
}

export async function draftRelease(
  db: Db,
  actor: Author,
  input: { asOf: string; methodologyVersion?: number; notes: string },
): Promise<string> {
  // Without a choice, a release keeps the methodology of the latest one: a new version is adopted
  // deliberately, never by surprise. The very first release takes the newest version.
  const previousRow = await latestPublished(db);
  const version = input.methodologyVersion ?? previousRow?.methodologyVersion;
  const methodology = version
    ? await db.methodologyVersion.findUnique({ where: { version } })
    : await db.methodologyVersion.findFirst({ orderBy: { version: "desc" } });
  if (!methodology) {
    throw new DomainError("INVALID_INPUT", `There is no methodology version ${input.methodologyVersion}.`, {
      fieldErrors: { methodologyVersion: ["Unknown methodology version."] },
    });
  }
  // Reads come first: the draft records exactly the revisions it was computed from, and the
  // previous release is published, so it cannot change underneath.
  const previous = previousRow?.number ? { id: previousRow.id, number: previousRow.number } : null;
  const included = await includedRevisions(db, input.asOf, methodology);
  const previousDyads = new Set(
    previous ? (await db.releaseDyad.findMany({ where: { releaseId: previous.id }, select: { dyadId: true } })).map((d) => d.dyadId) : [],
  );
  const events = await eventChanges(db, previous, included);
  const touched = dyadsWithEventChanges(events);

  const id = randomUUID();
  const asOfDay = dayNumber(input.asOf);
  const m = methodologyOf(methodology);
  const groups = groupByDyad(included);
  // Dyads of the previous release that this one no longer has. Read here, not inside the write
  // transaction: on the embedded database a Prisma query waits for that pg transaction to end.
  const dropped = await db.dyad.findMany({ where: { id: { in: [...previousDyads].filter((d) => !groups.has(d)) } }, select: { slug: true } });
  // Writes go through one plain pg transaction: millions of points are too many for Prisma.
  await withPgTransaction(db, async (client) => {
    await client.query(
      `INSERT INTO "release" ("id", "asOf", "methodologyVersion", "notes", "changelog", "createdById") VALUES ($1, $2::date, $3, $4, '{}', $5)`,
      [id, input.asOf, methodology.version, input.notes, actor.id],
    );
    await client.query(
      `INSERT INTO "release_event" ("releaseId", "eventId", "revisionId", "intensity")
       SELECT $1::uuid, e, r, i FROM unnest($2::uuid[], $3::uuid[], $4::float8[]) AS t(e, r, i)`,
      [id, included.map((i) => i.eventId), included.map((i) => i.revisionId), included.map((i) => i.engine.intensity)],
    );
    const copy = await supportsCopy(client);
    const dyads: Changelog["dyads"] = [];
    const summaries: { dyadId: number; startDay: number; value: number; change7: number; change30: number; eventCount: number }[] = [];
    for (const [dyadId, group] of groups) {
      const series = computeDyad(group.events, asOfDay, m);
      if (!series) continue;
      await (copy ? copySeries(client, id, dyadId, series) : insertSeries(client, id, dyadId, series));
      const figures = latestFigures(series);
      summaries.push({ dyadId, startDay: series.startDay, ...figures, eventCount: group.events.length });
      const before = previous && previousDyads.has(dyadId) ? await readSeries(client, previous.id, dyadId) : [];
      dyads.push(dyadChange(group.slug, figures.value, largestChange(series, before), previousDyads.has(dyadId), touched.has(group.slug)));
    }
    await client.query(
      `INSERT INTO "release_dyad" ("releaseId", "dyadId", "startDay", "value", "change7", "change30", "eventCount")
       SELECT $1::uuid, d, DATE '1970-01-01' + s, v, c7, c30, n FROM unnest($2::int[], $3::int[], $4::float8[], $5::float8[], $6::float8[], $7::int[]) AS t(d, s, v, c7, c30, n)`,
      [
        id,
        summaries.map((x) => x.dyadId),
        summaries.map((x) => x.startDay),
        summaries.map((x) => x.value),
        summaries.map((x) => x.change7),
        summaries.map((x) => x.change30),
        summaries.map((x) => x.eventCount),
      ],
    );
    for (const dyad of dropped) dyads.push(dyadChange(dyad.slug, null, null, true, true));
    dyads.sort((a, b) => Math.abs(b.largestChange?.delta ?? 0) - Math.abs(a.largestChange?.delta ?? 0) || a.dyad.localeCompare(b.dyad));
    const changelog: Changelog = { previous, ...events, dyads };
    await client.query(`UPDATE "release" SET "changelog" = $2 WHERE "id" = $1`, [id, JSON.stringify(changelog)]);
    await writeAuditSql(client, {
      actor,
      action: "release.draft",
      entityType: "release",
      entityId: id,
      after: { asOf: input.asOf, methodologyVersion: methodology.version, events: included.length, dyads: summaries.length },
    });
  });
  return id;
}

/** Numbers and freezes a draft. Publishers are serialised, so numbers never repeat or skip. */
export async function publishRelease(db: Db, actor: Author, input: { id: string }) {
  return db.$transaction(async (tx) => {
    // One publisher at a time: "latest + 1" is then safe.
    await tx.$executeRaw`LOCK TABLE "release" IN SHARE ROW EXCLUSIVE MODE`;
    const release = await tx.release.findUnique({ where: { id: input.id } });
    if (!release) throw new DomainError("NOT_FOUND", "There is no release draft with this id.");
    if (release.status === "published") {
      throw new DomainError("CONFLICT", `This draft has already been published as R${release.number}.`, { details: { number: release.number } });
    }
    const previous = await latestPublished(tx);
    const basedOn = (release.changelog as Changelog | null)?.previous?.number ?? null;
    if ((previous?.number ?? null) !== basedOn) {
      throw new DomainError(
        "CONFLICT",
        `R${previous?.number} was published after this draft was made, so its changelog is out of date. Make a new draft; it will compare against R${previous?.number}.`,
        { details: { latest: previous?.number ?? null } },
      );
    }
    const number = (previous?.number ?? 0) + 1;
    const published = await tx.release.update({
      where: { id: release.id },
      data: { status: "published", number, publishedAt: new Date(), publishedById: actor.id },
    });
    await writeAudit(tx, {
      actor,
      action: "release.publish",
      entityType: "release",
      entityId: release.id,
      before: { status: "draft" },
      after: { status: "published", number },
    });
    return published;
  }, LONG);
}

export async function discardDraft(db: Db, actor: Author, input: { id: string }) {
  await db.$transaction(async (tx) => {
    const release = await tx.release.findUnique({ where: { id: input.id }, select: { status: true, number: true } });
    if (!release) throw new DomainError("NOT_FOUND", "There is no release draft with this id.");
    if (release.status === "published") throw new DomainError("UNPROCESSABLE", `R${release.number} is published; published releases are never removed.`);
    await tx.releasePoint.deleteMany({ where: { releaseId: input.id } }); // no foreign key to cascade from
    await tx.release.delete({ where: { id: input.id } });
    await writeAudit(tx, { actor, action: "release.discard", entityType: "release", entityId: input.id });
  });
}

/**
 * Drafts and publishes in one go, for unattended publishing (the demo seed, scripts): if
 * another release is published in between, the stale draft is dropped and made again.
 */
export async function publishNow(db: Db, actor: Author, input: { asOf: string; methodologyVersion?: number; notes: string }, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    const id = await draftRelease(db, actor, input);
    try {
      return await publishRelease(db, actor, { id });
    } catch (error) {
      await discardDraft(db, actor, { id });
      if (!(error instanceof DomainError && error.domainCode === "CONFLICT") || attempt >= attempts) throw error;
    }
  }
}
