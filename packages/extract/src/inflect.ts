// The forms of an English verb, so the rule table can name verbs by their base form.

const IRREGULAR: Record<string, string[]> = {
  meet: ["met"],
  hold: ["held"],
  strike: ["struck"],
  shoot: ["shot"],
  fight: ["fought"],
  seek: ["sought"],
  send: ["sent"],
  take: ["took", "taken"],
  give: ["gave", "given"],
  break: ["broke", "broken"],
  cut: [],
  hit: [],
  put: [],
  set: [],
  shut: [],
  tell: ["told"],
  say: ["said"],
  speak: ["spoke", "spoken"],
  lead: ["led"],
  bring: ["brought"],
  withdraw: ["withdrew", "withdrawn"],
  begin: ["began", "begun"],
  fly: ["flew", "flown"],
  leave: ["left"],
  make: ["made"],
  freeze: ["froze", "frozen"],
  steal: ["stole", "stolen"],
  forgive: ["forgave", "forgiven"],
  overrun: ["overran"],
  retake: ["retook", "retaken"],
  undertake: ["undertook", "undertaken"],
  shake: ["shook", "shaken"],
  drive: ["drove", "driven"],
  throw: ["threw", "thrown"],
  blow: ["blew", "blown"],
  win: ["won"],
  lose: ["lost"],
  swear: ["swore", "sworn"],
  write: ["wrote", "written"],
  go: ["went", "gone", "goes"],
  lay: ["laid"],
  pay: ["paid"],
  sell: ["sold"],
  buy: ["bought"],
  rise: ["rose", "risen"],
  bid: [],
  slay: ["slew", "slain"],
  oversee: ["oversaw", "overseen"],
  see: ["saw", "seen"],
};

// Verbs that double their last consonant: "expelled", "banning", "shipped".
const DOUBLING = new Set([
  "expel", "ban", "plan", "stop", "drop", "ship", "bar", "admit", "commit", "refer", "compel", "occur", "patrol",
  "rebel", "control", "equip", "kidnap", "shun", "spur", "scrap", "slam", "step", "grab", "clip", "trim", "snub", "rap",
  "jam", "tap", "strip", "sum", "net", "cut", "hit", "put", "set", "shut", "bid", "upset", "regret", "abet", "rob",
]);
// British spelling doubles a final -l, American spelling doesn't: both appear in wire copy.
const EITHER_L = new Set(["cancel", "travel", "label", "signal", "fuel", "counsel", "model", "total", "channel", "shovel"]);

const PARTICIPLES = new Set(Object.values(IRREGULAR).flatMap((forms) => forms.filter((form) => !form.endsWith("s"))));
for (const base of ["cut", "hit", "put", "set", "shut", "bid"]) PARTICIPLES.add(base);

/** Whether a word can be a past participle ("expelled", "shot", "cut"): what a passive needs. */
export function isParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  return lower.endsWith("ed") || PARTICIPLES.has(lower);
}

export function verbForms(base: string): string[] {
  const forms = new Set<string>([base]);
  const irregular = IRREGULAR[base];
  for (const form of irregular ?? []) forms.add(form);
  const last = base[base.length - 1]!;
  const third = /(?:s|x|z|ch|sh|o)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  forms.add(third);
  const stems = DOUBLING.has(base) ? [base + last] : EITHER_L.has(base) ? [base, base + last] : [base];
  for (const stem of stems) {
    if (base.endsWith("ee")) {
      forms.add(`${base}ing`); // agreeing, agreed
      if (!irregular) forms.add(`${base}d`);
    } else if (base.endsWith("e")) {
      forms.add(`${base.slice(0, -1)}ing`);
      if (!irregular) forms.add(`${base}d`);
    } else if (/[^aeiou]y$/.test(base)) {
      forms.add(`${base}ing`);
      if (!irregular) forms.add(`${base.slice(0, -1)}ied`);
    } else {
      forms.add(`${stem}ing`);
      if (!irregular) forms.add(`${stem}ed`);
    }
  }
  return [...forms];
}
