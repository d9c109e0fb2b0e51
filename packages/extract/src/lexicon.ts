// One lookup of every name that stands for an actor, built once from i18n-iso-countries and the
// tables in ./data, and one for leaders' names.
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import { dayFromParts } from "./calendar";
import { OFFICES } from "./data/leaders";
import { COUNTRIES, INSTITUTIONS, ORGANISATIONS, SHORT_NAMES } from "./data/places";

countries.registerLocale(en);

export type NameKind = "country" | "demonym" | "capital" | "institution" | "organisation";

export interface NameEntry {
  code: string;
  kind: NameKind;
}

export interface Office {
  code: string;
  from: number;
  to: number | null;
  /** Full names: always recognised while in office. */
  full: string[];
  /** Short names recognised anywhere while in office. */
  alone: string[];
  /** Short names recognised once a full name has appeared. */
  short: string[];
}

export interface Lexicon {
  names: Map<string, NameEntry>;
  namePattern: RegExp;
  offices: Office[];
  /** Every leader name, full or short → the offices it can stand for. */
  leaderNames: Map<string, Office[]>;
  leaderPattern: RegExp;
  /** Headline name of an actor code. */
  displayName(code: string): string;
  /** Adjective for headlines ("Polish"), when the tables know one. */
  adjective(code: string): string | undefined;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A regex matching any of the phrases as whole words, longest first. */
function alternation(phrases: Iterable<string>): RegExp {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "gu");
}

function plural(demonym: string): string | null {
  if (/(ese|sh|ch|ss|s|\.)$/.test(demonym) || demonym === demonym.toUpperCase()) return null;
  return `${demonym}s`;
}

function day(text: string): number {
  const [year, month, dayOfMonth] = text.split("-").map(Number);
  return dayFromParts(year!, month!, dayOfMonth!)!;
}

function build(): Lexicon {
  const names = new Map<string, NameEntry>();
  const add = (phrase: string, entry: NameEntry) => {
    const existing = names.get(phrase);
    if (existing && existing.code !== entry.code) return; // ambiguous: the first table wins
    if (!existing) names.set(phrase, entry);
  };
  const isoNames = new Map<string, string>();
  const all = countries.getNames("en", { select: "all" });
  const nameCounts = new Map<string, number>();
  for (const list of Object.values(all)) for (const name of list) nameCounts.set(name, (nameCounts.get(name) ?? 0) + 1);
  for (const [alpha2, list] of Object.entries(all)) {
    const code = countries.alpha2ToAlpha3(alpha2);
    if (!code) continue;
    for (const name of list) {
      // Inverted ("Korea, Republic of") and shared ("Congo") forms are not how text names them.
      if (name.includes(",") || name.includes("(") || nameCounts.get(name)! > 1) continue;
      add(name, { code, kind: "country" });
      if (name.length > 3) add(name.toUpperCase(), { code, kind: "country" });
      if (!isoNames.has(code) && !/^[A-Z.]+$/.test(name)) isoNames.set(code, name);
    }
  }
  const adjectives = new Map<string, string>();
  for (const [code, aliases, demonyms, capitals] of COUNTRIES) {
    for (const alias of aliases) {
      add(alias, { code, kind: "country" });
      if (alias.length > 3) add(alias.toUpperCase(), { code, kind: "country" });
    }
    for (const demonym of demonyms) {
      add(demonym, { code, kind: "demonym" });
      const many = plural(demonym);
      if (many) add(many, { code, kind: "demonym" });
      if (!adjectives.has(code) && !/^[A-Z.]+$/.test(demonym)) adjectives.set(code, demonym);
    }
    for (const capital of capitals) add(capital, { code, kind: "capital" });
  }
  for (const [phrase, code] of INSTITUTIONS) add(phrase, { code, kind: "institution" });
  for (const [phrase, code] of ORGANISATIONS) add(phrase, { code, kind: "organisation" });

  const offices: Office[] = OFFICES.map(([code, full, short, from, to]) => {
    const shorts = short ? short.split("|") : [];
    return {
      code,
      from: day(from),
      to: to === null ? null : day(to),
      full: full.split("|"),
      alone: shorts.filter((name) => name.endsWith("!")).map((name) => name.slice(0, -1)),
      short: shorts.filter((name) => !name.endsWith("!")),
    };
  });
  const leaderNames = new Map<string, Office[]>();
  for (const office of offices) {
    for (const name of [...office.full, ...office.alone, ...office.short]) {
      const list = leaderNames.get(name) ?? [];
      list.push(office);
      leaderNames.set(name, list);
    }
  }
  return {
    names,
    namePattern: alternation(names.keys()),
    offices,
    leaderNames,
    leaderPattern: alternation(leaderNames.keys()),
    displayName: (code) => SHORT_NAMES[code] ?? isoNames.get(code) ?? code,
    adjective: (code) => adjectives.get(code),
  };
}

let lexicon: Lexicon | undefined;

export function getLexicon(): Lexicon {
  lexicon ??= build();
  return lexicon;
}
