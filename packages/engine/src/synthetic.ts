// Seeded synthetic events for tests, benchmarks and demos: the same seed gives the same events
// on every machine. Plausible rather than realistic: Goldstein values of common CAMEO codes, a
// few hot dyads and many quiet ones, each dyad with its own lean towards conflict.
import type { EngineEvent } from "./event";
import { mulberry32 } from "./random";

export interface SyntheticOptions {
  seed: number;
  /** Number of distinct dyads (at most 228,150). */
  dyads: number;
  events: number;
  /** Events fall on days fromDay … fromDay + days − 1. */
  fromDay: number;
  days: number;
}

// [Goldstein value of a CAMEO code, relative frequency]
const COOPERATION: [number, number][] = [
  [0, 10], // 010 make statement
  [1, 20], // 040, 041 consult, discuss by telephone
  [1.9, 6], // 042 make a visit
  [2.8, 6], // 043 host a visit
  [3, 5], // 020 appeal
  [3.5, 6], // 050 diplomatic cooperation
  [4, 8], // 036 express intent to meet or negotiate
  [6, 4], // 060 material cooperation
  [7, 2], // 070 provide aid
  [8, 2], // 057 sign formal agreement
];
const CONFLICT: [number, number][] = [
  [-2, 10], // 111 criticize or denounce
  [-4, 6], // 120 reject, 161 reduce or break diplomatic relations
  [-4.4, 3], // 130 threaten
  [-5, 3], // 100 demand
  [-6.5, 3], // 140 protest
  [-7.2, 2], // 150 exhibit military posture
  [-8, 1], // 163 impose embargo or sanctions
  [-9, 1], // 180 use unconventional violence
  [-10, 1], // 190 fight with small arms
];

/** Picks from a frequency table with one uniform draw. */
function picker(table: [number, number][]): (u: number) => number {
  const total = table.reduce((sum, [, f]) => sum + f, 0);
  return (u) => {
    let left = u * total;
    for (const [value, f] of table) if ((left -= f) < 0) return value;
    return table[table.length - 1]![0];
  };
}

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/** X-codes are the range ISO 3166 leaves to users, so synthetic actors never look real. */
const actorCode = (n: number) => `X${LETTERS[Math.floor(n / 26)]}${LETTERS[n % 26]}`;
const MAX_DYADS = (676 * 675) / 2;

/** The first n pairs of actors (0,1), (0,2), (1,2), (0,3)…: few actors, each in many dyads. */
function pairs(n: number): [string, string][] {
  const out: [string, string][] = [];
  for (let j = 1; out.length < n; j++) for (let i = 0; i < j && out.length < n; i++) out.push([actorCode(i), actorCode(j)]);
  return out;
}

export function syntheticEvents({ seed, dyads, events, fromDay, days }: SyntheticOptions): EngineEvent[] {
  if (!(Number.isInteger(dyads) && dyads >= 1 && dyads <= MAX_DYADS)) throw new RangeError(`dyads must be a whole number from 1 to ${MAX_DYADS}; got ${dyads}.`);
  if (!(Number.isInteger(events) && events >= 0)) throw new RangeError(`events must be a whole number ≥ 0; got ${events}.`);
  if (!(Number.isInteger(days) && days >= 1)) throw new RangeError(`days must be a whole number ≥ 1; got ${days}.`);
  if (!Number.isInteger(fromDay)) throw new RangeError(`fromDay must be a whole day number; got ${fromDay}.`);
  const random = mulberry32(seed);
  const actors = pairs(dyads);
  const conflictLean = actors.map(() => 0.15 + 0.5 * random());
  const cooperation = picker(COOPERATION);
  const conflict = picker(CONFLICT);
  const out: EngineEvent[] = new Array(events);
  for (let i = 0; i < events; i++) {
    // u² skews towards low numbers: dyad 0 is the hottest, the last ones are quiet.
    const k = Math.floor(dyads * random() ** 2);
    const [x, y] = actors[k]!;
    const forward = random() < 0.5;
    const intensity = random() < conflictLean[k]! ? conflict(random()) : cooperation(random());
    const w = random();
    out[i] = {
      id: `syn${seed}-${i}`,
      day: fromDay + Math.floor(days * random()),
      source: forward ? x : y,
      target: forward ? y : x,
      intensity,
      // Mostly confirmed; an editor lowers the weight of thinly sourced events.
      weight: w < 0.8 ? 1 : w < 0.95 ? 0.5 : 0.25,
    };
  }
  return out;
}
