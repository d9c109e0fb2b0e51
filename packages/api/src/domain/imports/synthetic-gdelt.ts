// Synthetic GDELT 1.0 rows for the import benchmark and tests: the real file's 58 columns and
// quoting, seeded (the same rows on every machine), with real country and CAMEO codes, and the
// mix of rows of the real extracts in shared/data. There, 5% (March 2012) and 18% (November
// 2012) of the rows name two different countries and become events; the rest lack a country
// for one actor or both, name a region, or name one country twice. Here a quarter become
// events, more than in either file, since an event costs the import far more than a skip.
import { mulberry32 } from "@rti/engine";
import { GDELT1_COLUMNS } from "./gdelt";
import type { Reference } from "../reference";

const COUNTRIES = ["USA", "RUS", "CHN", "UKR", "GEO", "ARM", "AZE", "TUR", "IRN", "ISR", "PSE", "SYR", "IRQ", "AFG", "PAK", "IND", "JPN", "KOR", "PRK", "TWN",
  "DEU", "FRA", "GBR", "ITA", "POL", "BLR", "KAZ", "EGY", "SAU", "NGA", "ZAF", "BRA", "MEX", "VEN", "CUB", "SRB", "MDA", "LBN", "JOR", "ETH"];
const REGIONS = ["EUR", "WST", "AFR", "MEA"];

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The header line, then `rows` data lines, each ending in "\n". */
export function* syntheticGdeltLines(opts: { seed: number; rows: number; firstId?: number; ref: Reference }): Generator<string> {
  const random = mulberry32(opts.seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const countries = COUNTRIES.filter((c) => opts.ref.actors.get(c)?.kind === "country");
  const codes = [...opts.ref.cameo].filter(([code]) => code.length >= 3);
  const firstId = opts.firstId ?? 300_000_000;
  yield GDELT1_COLUMNS.map(quoted).join(",") + "\n";
  for (let i = 0; i < opts.rows; i++) {
    const day = new Date(Date.UTC(2012, 0, 1) + Math.floor(random() * 4000) * 86_400_000);
    const sqlDate = `${day.getUTCFullYear()}${pad(day.getUTCMonth() + 1)}${pad(day.getUTCDate())}`;
    const country = pick(countries);
    let other = pick(countries);
    while (other === country) other = pick(countries);
    // 25% two countries, 28% no country for actor 2, 20% none for actor 1, 17% none for either, 5% a region, 5% one country twice.
    const draw = random();
    const [a1, a2] =
      draw < 0.25 ? [country, other]
      : draw < 0.53 ? [country, "NA"]
      : draw < 0.73 ? ["NA", other]
      : draw < 0.9 ? ["NA", "NA"]
      : draw < 0.95 ? [country, pick(REGIONS)]
      : [country, country];
    const [code, { goldstein }] = pick(codes);
    const place = (c: string) => ["1", quoted(opts.ref.actors.get(c)?.name ?? c), quoted(c.slice(0, 2)), quoted(c.slice(0, 2)), (random() * 140 - 70).toFixed(4), (random() * 360 - 180).toFixed(4), "0"];
    const actor = (c: string) => (c === "NA" ? ["NA", "NA", "NA"] : [quoted(c), quoted(opts.ref.actors.get(c)?.name.toUpperCase() ?? c), quoted(c)]);
    const fields = [
      String(firstId + i), sqlDate, sqlDate.slice(0, 6), sqlDate.slice(0, 4), (day.getUTCFullYear() + day.getUTCMonth() / 12).toFixed(4),
      ...actor(a1), ...Array(7).fill("NA"),
      ...actor(a2), ...Array(7).fill("NA"),
      random() < 0.7 ? "1" : "0", quoted(code), quoted(code.slice(0, 3)), quoted(code.slice(0, 2)), String(1 + Math.floor(random() * 4)),
      String(goldstein), String(1 + Math.floor(random() * 40)), String(1 + Math.floor(random() * 5)), String(1 + Math.floor(random() * 40)), (random() * 10 - 5).toFixed(6),
      ...place(country),
      ...["NA", "NA", "NA", "NA", "0", "0", "0"],
      ...place(country),
      `${sqlDate.slice(0, 4) < "2013" ? "20130203" : sqlDate}`,
      random() < 0.6 ? quoted(`https://news.example.org/${sqlDate.slice(0, 4)}/${sqlDate.slice(4, 6)}/${firstId + i}.html`) : '""',
    ];
    yield fields.join(",") + "\n";
  }
}
