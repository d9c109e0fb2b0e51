// Release numbers under concurrency (product.md, Release: R1, R2… without gaps): publishers
// pressing "publish" at the same moment never get the same number, never skip one, and one
// draft is published once. Other test files publish at the same time, so the assertions are
// relative: exactly one winner per draft, and the numbers form 1..max with nothing missing.
import type { Viewer } from "@rti/auth";
import { getDb } from "@rti/db";
import { createTestDyad } from "@rti/db/testing";
import { beforeAll, expect, it } from "vitest";
import { DomainError } from "../../errors";
import { createTestEvent } from "../../testing";
import { addDays, testViewer, today } from "../../testing/releases";
import type { Changelog } from "./changelog";
import { discardDraft, draftRelease, publishNow, publishRelease } from "./workflow";

const db = getDb();
const input = { asOf: today(), methodologyVersion: 1, notes: "Numbering test release." };

beforeAll(async () => {
  // Something of this file's own in its releases.
  await createTestEvent(db, { dyad: await createTestDyad(db), state: "approved", fields: { date: addDays(input.asOf, -10), code: "111" } });
});

async function publishedNumbers(): Promise<number[]> {
  const rows = await db.release.findMany({ where: { status: "published" }, select: { number: true }, orderBy: { number: "asc" } });
  return rows.map((r) => r.number!);
}

// Each draft computes every dyad in the shared database; on the embedded PGlite they queue.
const SLOW = 120_000;
const SAME_DRAFT = 12;

it(`publishes a draft once when ${SAME_DRAFT} publishers press publish at the same moment: one number, every other press a conflict`, async () => {
  const publishers: Viewer[] = await Promise.all(Array.from({ length: SAME_DRAFT }, () => testViewer(db, ["publisher"])));
  for (let attempt = 1; attempt <= 20; attempt++) {
    const id = await draftRelease(db, publishers[0]!, input);
    const results = await Promise.allSettled(publishers.map((p) => publishRelease(db, p, { id })));
    const winners = results.flatMap((r, i) => (r.status === "fulfilled" ? [{ release: r.value, by: publishers[i]! }] : []));
    const errors = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    for (const error of errors) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ domainCode: "CONFLICT", code: "CONFLICT" });
    }
    if (winners.length === 0) {
      // Another file published between this draft and the presses: each was refused as stale.
      for (const error of errors) expect((error as DomainError).details).toHaveProperty("latest");
      await discardDraft(db, publishers[0]!, { id });
      continue;
    }

    expect(winners).toHaveLength(1);
    const { release, by } = winners[0]!;
    expect(release.number).toBeGreaterThan(0);
    expect(errors).toHaveLength(SAME_DRAFT - 1);
    for (const error of errors) {
      expect((error as DomainError).details).toEqual({ number: release.number });
      expect((error as DomainError).message).toContain(`R${release.number}`);
    }
    const row = await db.release.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "published", number: release.number, publishedById: by.id });
    expect(await db.auditLog.count({ where: { entityType: "release", entityId: id, action: "release.publish" } })).toBe(1);
    // The draft compared against the release right before the number it got.
    expect((row.changelog as Changelog).previous?.number ?? 0).toBe(release.number! - 1);
    return;
  }
  throw new Error("Every attempt was overtaken by another test file's release; could not test a clean race.");
}, SLOW);

const PUBLISHERS = 6;

it(`numbers ${PUBLISHERS} releases drafted and published concurrently uniquely and without gaps`, async () => {
  const publishers: Viewer[] = await Promise.all(Array.from({ length: PUBLISHERS }, () => testViewer(db, ["publisher"])));
  const results = await Promise.all(publishers.map((p, i) => publishNow(db, p, { ...input, notes: `Concurrent release ${i}.` }, 50)));

  const numbers = results.map((r) => r.number!);
  expect(numbers.every((n) => Number.isInteger(n) && n > 0)).toBe(true);
  expect(new Set(numbers).size).toBe(PUBLISHERS);
  for (const r of results) {
    const row = await db.release.findUniqueOrThrow({ where: { id: r.id } });
    expect(row.status).toBe("published");
    // Each release's changelog is against the release numbered right before it, so no release
    // was published on a stale comparison.
    expect((row.changelog as Changelog).previous?.number ?? 0).toBe(row.number! - 1);
  }

  // Every draft they made was either published (once each) or discarded after losing the race.
  const ids = publishers.map((p) => p.id);
  const audited = async (action: string) => db.auditLog.count({ where: { actorId: { in: ids }, action } });
  expect(await audited("release.publish")).toBe(PUBLISHERS);
  expect(await audited("release.draft")).toBe(PUBLISHERS + (await audited("release.discard")));
  expect(await db.release.count({ where: { createdById: { in: ids }, status: "draft" } })).toBe(0);

  // Across everything published in this run so far: exactly 1..max, nothing missing, nothing twice.
  const all = await publishedNumbers();
  expect(all).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
  for (const n of numbers) expect(all).toContain(n);
}, SLOW);
