// Hostile values for property-based tests (fast-check): what an attacker, a broken client or a
// fuzzer sends. The REST tests put them in addresses and bodies; the schema tests parse them.
import fc from "fast-check";

/** Strings that have broken parsers, queries and file paths before. */
const NASTY_STRINGS = [
  "",
  " ",
  "'",
  '"',
  "' OR '1'='1",
  "1; DROP TABLE events; --",
  "%",
  "%%",
  "%ZZ",
  "%C0%AF",
  "%E0%A4%A",
  "%00",
  "\u0000",
  "a\u0000b",
  "../../etc/passwd",
  "..%2F..%2Fetc%2Fpasswd",
  "..\\..\\windows",
  "<script>alert(1)</script>",
  "\uD800",
  "\uDFFF",
  "a\uDC00b",
  "\u202E",
  "\uFEFF",
  "😀",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "NaN",
  "Infinity",
  "-0",
  "1e309",
  "0x10",
  "9007199254740993",
  "-9223372036854775809",
  "00000000-0000-0000-0000-000000000000",
  "null",
  "undefined",
  "[]",
  "{}",
];

/** A hostile string: a known-nasty one, random unicode (lone surrogates included), or a very long one. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ maxLength: 40 }),
  fc.tuple(fc.constantFrom(...NASTY_STRINGS), fc.integer({ min: 1000, max: 10_000 })).map(([s, n]) => (s || "x").repeat(Math.ceil(n / (s.length || 1)))),
);

/** A number, or its spelling, out of any sensible range. */
export const hostileNumber: fc.Arbitrary<string> = fc.oneof(
  fc.integer().map(String),
  fc.double().map(String),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.constantFrom("-1", "0", "1.5", "1e3", " 1", "+1", "2147483648", "9007199254740992"),
);

/** A value for a query or path parameter. */
export const hostileParameter: fc.Arbitrary<string> = fc.oneof(hostileString, hostileNumber);

/** Keys that pollute Object.prototype when a parser or merge is careless. */
export const POLLUTING_KEYS = ["__proto__", "constructor", "prototype"] as const;

/** The classic prototype-pollution body, as JSON text (an object literal would not keep `__proto__` as a key). */
export const POLLUTING_JSON = '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true}}';

/** A hostile scalar: a hostile string, a number out of range, or a value of the wrong type. */
const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(hostileString, fc.double(), fc.integer(), fc.boolean(), fc.constant(null));

/** Nested objects and arrays `depth` deep, around a hostile scalar. */
const deeplyNested = fc.tuple(fc.integer({ min: 50, max: 1000 }), fc.boolean(), hostileScalar).map(([depth, inArrays, leaf]) => {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = inArrays ? [value] : { a: value };
  return value;
});

/** Any JSON-like hostile value: random JSON, huge arrays, deep nesting, wrong types. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileScalar,
  fc.jsonValue({ maxDepth: 4 }),
  fc.array(hostileScalar, { maxLength: 8 }),
  fc.integer({ min: 1000, max: 50_000 }).map((n) => Array.from({ length: n }, (_, i) => i)),
  deeplyNested,
);

/**
 * An object with `keys` (a schema's own field names, so values reach past "unknown key") and
 * prototype-pollution keys, each maybe present, with hostile values. JSON.parse makes
 * `__proto__` an own key, as a request body would; an object literal would not.
 */
export const hostileObject = (keys: readonly string[] = []): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .array(fc.tuple(fc.constantFrom(...keys, ...POLLUTING_KEYS), hostileValue), { maxLength: keys.length + 3 })
    .map((entries) => JSON.parse(JSON.stringify(Object.fromEntries(entries))) as Record<string, unknown>);

/** Object.prototype as it is now, to compare with after a run. */
export const prototypeSnapshot = () => Object.getOwnPropertyNames(Object.prototype).sort().join(",");
