// GDELT event rows → events. Both versions share the mapping: the dyad from the two actors'
// country codes, the day from SQLDATE, the code from EventCode, the intensity from
// GoldsteinScale, the GDELT id as external id, SOURCEURL as the source when there is one.
import { eventDay, oneDecimal, skip, type RowOutcome } from "./rows";
import type { Reference } from "../reference";

/** GDELT 1.0's event table, in order: the header of the CSV extracts, the columns of its daily exports. */
export const GDELT1_COLUMNS = [
  "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
  "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
  "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
  "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
  "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
  "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
  "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
  "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
  "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
  "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
  "DATEADDED", "SOURCEURL",
] as const;

/** GDELT 2.0's event export: 1.0's columns plus an ADM2 code after each ADM1 code; DATEADDED is YYYYMMDDHHMMSS. */
export const GDELT2_COLUMNS = GDELT1_COLUMNS.flatMap((name) => (name.endsWith("_ADM1Code") ? [name, name.replace("ADM1", "ADM2")] : [name]));

type Column = (typeof GDELT1_COLUMNS)[number];
export type GdeltVersion = 1 | 2;

/** Where each column a mapping reads sits in a row of the given layout. */
export function gdeltIndex(columns: readonly string[]): Record<Column, number> {
  return Object.fromEntries(GDELT1_COLUMNS.map((name) => [name, columns.indexOf(name)])) as Record<Column, number>;
}

/** Which file column feeds which event field, for the preview. */
export const GDELT_MAPPING = [
  { field: "externalId", from: "GLOBALEVENTID", note: 'As "gdelt:<id>": a row imported before is skipped.' },
  { field: "source", from: "Actor1CountryCode", note: "Must be a country in the actor list; a region or group code (EUR, WST, AFR…) is skipped." },
  { field: "target", from: "Actor2CountryCode", note: "Likewise, and different from the source." },
  { field: "date", from: "SQLDATE", note: "YYYYMMDD, the day of the event." },
  { field: "code", from: "EventCode", note: "A CAMEO code the project knows." },
  { field: "intensity", from: "GoldsteinScale", note: 'When it differs from the code\'s Goldstein value, the reason given is "GoldsteinScale from GDELT".' },
  { field: "title", from: "Actor names and the code's name", note: "Georgia – Russia: Make a visit (GDELT)." },
  { field: "summary", from: "GLOBALEVENTID, Actor1Name, Actor2Name, NumMentions, NumSources, NumArticles, ActionGeo_FullName", note: "What GDELT says about the row, for the reviewer." },
  { field: "source URL", from: "SOURCEURL", note: "When empty: GDELT's export file that holds the row, with the row's id after #." },
] as const;

export const GDELT_REASON = "GoldsteinScale from GDELT";

const missing = (value: string | undefined): value is undefined => value === undefined || value === "" || value === "NA";

/**
 * GDELT's own file that holds a row, for rows without a SOURCEURL, so an editor can find the row
 * at its origin: 2.0 publishes one export every 15 minutes, named by DATEADDED; 1.0 one a day
 * from 1 April 2013 (by DATEADDED), and before that back files by month (2006 to March 2013)
 * or by year (1979 to 2005), named by the event's own date. The id follows the #.
 */
export function gdeltFileUrl(version: GdeltVersion, id: string, sqlDate: string, dateAdded: string | undefined): string {
  let file: string;
  if (version === 2 && dateAdded && /^\d{14}$/.test(dateAdded)) file = `gdeltv2/${dateAdded}.export.CSV.zip`;
  else if (dateAdded && /^\d{8}$/.test(dateAdded) && dateAdded >= "20130401") file = `events/${dateAdded}.export.CSV.zip`;
  else if (sqlDate < "20060101") file = `events/${sqlDate.slice(0, 4)}.zip`;
  else file = `events/${sqlDate.slice(0, 6)}.zip`;
  return `http://data.gdeltproject.org/${file}#GLOBALEVENTID=${id}`;
}

function actorProblem(ref: Reference, which: 1 | 2, code: string | undefined): string | null {
  if (missing(code)) return `Actor${which}CountryCode is empty: GDELT found no country for actor ${which}.`;
  const actor = ref.actors.get(code);
  if (!actor) return `Actor${which}CountryCode ${code} is not a country code the project knows.`;
  if (actor.kind !== "country") {
    // GDELT's country codes are CAMEO's: EUR there is Europe (or any European body), WST the West.
    return `Actor${which}CountryCode ${code} is a CAMEO region or group code in GDELT, not a country.`;
  }
  return null;
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

export function mapGdeltRow(fields: readonly string[], col: Record<Column, number>, ref: Reference, version: GdeltVersion): RowOutcome {
  const get = (name: Column) => {
    const value = fields[col[name]];
    return missing(value) ? undefined : value.trim();
  };
  const id = get("GLOBALEVENTID");
  if (!id || !/^\d{1,20}$/.test(id)) return skip("id", `GLOBALEVENTID ${id ? `"${clip(id, 40)}" is not a number` : "is empty"}.`);

  const sqlDate = get("SQLDATE") ?? "";
  const day = /^\d{8}$/.test(sqlDate) ? eventDay(Number(sqlDate.slice(0, 4)), Number(sqlDate.slice(4, 6)), Number(sqlDate.slice(6, 8))) : null;
  if (!day) return skip("date", `SQLDATE "${clip(sqlDate, 40)}" is not a day from 1900 to today in the form YYYYMMDD.`);

  const source = get("Actor1CountryCode");
  const target = get("Actor2CountryCode");
  const problem = actorProblem(ref, 1, source) ?? actorProblem(ref, 2, target);
  if (problem) return skip("actor", problem);
  if (source === target) return skip("same_actor", `Both actors are ${source}: the index pairs two different countries.`);

  const code = get("EventCode") ?? "";
  const cameo = ref.cameo.get(code);
  if (!cameo) return skip("code", `EventCode "${clip(code, 40)}" is not a CAMEO code the project knows.`);

  const scale = get("GoldsteinScale");
  const intensity = scale === undefined ? cameo.goldstein : oneDecimal(Number(scale));
  if (!Number.isFinite(intensity) || intensity < -10 || intensity > 10) {
    return skip("intensity", `GoldsteinScale "${clip(scale ?? "", 40)}" is not a number from −10 to +10.`);
  }

  const [sourceName, targetName] = [ref.actors.get(source!)!.name, ref.actors.get(target!)!.name];
  const sourceUrl = get("SOURCEURL");
  const url = sourceUrl && /^https?:\/\//i.test(sourceUrl) && sourceUrl.length <= 2000 ? sourceUrl : null;
  const count = (column: Column, noun: string) => {
    const n = get(column);
    return n && `${n} ${noun}${n === "1" ? "" : "s"}`;
  };
  const counts = [count("NumMentions", "mention"), count("NumSources", "source"), count("NumArticles", "article")].filter(Boolean).join(", ");
  const place = get("ActionGeo_FullName");
  const summary = [
    `Coded by GDELT (event ${id}) as ${code} ${cameo.name}: ${get("Actor1Name") ?? source} (${source}) → ${get("Actor2Name") ?? target} (${target}).`,
    counts && `Reported in ${counts}.`,
    place && `Where: ${place}.`,
  ]
    .filter(Boolean)
    .join(" ");
  return {
    event: {
      externalId: `gdelt:${id}`,
      source: source!,
      target: target!,
      date: day,
      datePrecision: "day",
      code,
      intensity,
      intensityReason: Math.abs(intensity - cameo.goldstein) > 1e-9 ? GDELT_REASON : null,
      weight: 1,
      title: clip(`${sourceName} – ${targetName}: ${cameo.name} (GDELT)`, 300),
      summary: clip(summary, 4000),
      sourceUrl: url ?? gdeltFileUrl(version, id, sqlDate, get("DATEADDED")),
      sourcePublisher: url ? null : "The GDELT Project",
      sourcePublishedAt: null,
      quote: null,
    },
  };
}
