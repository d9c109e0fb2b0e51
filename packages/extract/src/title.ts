// Suggested headlines: the rule's own wording when its code stands, else one per CAMEO root.
import { rootCode } from "./cameo";
import { getLexicon } from "./lexicon";

const BY_ROOT: Record<string, string> = {
  "01": "{S} makes a statement on {T}",
  "02": "{S} appeals to {T}",
  "03": "{S} signals cooperation with {T}",
  "04": "{S} and {T} hold talks",
  "05": "{S} and {T} cooperate diplomatically",
  "06": "{S} cooperates with {T}",
  "07": "{S} gives aid to {T}",
  "08": "{S} yields to {T}",
  "09": "{S} investigates {T}",
  "10": "{S} makes demands of {T}",
  "11": "{S} criticizes {T}",
  "12": "{S} rejects {T}'s position",
  "13": "{S} threatens {T}",
  "14": "{S} protests against {T}",
  "15": "{S} shows force against {T}",
  "16": "{S} reduces relations with {T}",
  "17": "{S} coerces {T}",
  "18": "{S} uses violence against {T}",
  "19": "{S} attacks {T}",
  "20": "{S} uses mass violence against {T}",
};

// Intentions and threats read as such, whatever the rule's own wording was.
const BY_CODE: Record<string, string> = {
  "030": "{S} signals cooperation with {T}",
  "031": "{S} offers material cooperation to {T}",
  "033": "{S} pledges aid to {T}",
  "035": "{S} signals it will yield to {T}",
  "036": "{S} plans talks with {T}",
  "138": "{S} threatens {T} with force",
  "1384": "{S} threatens to attack {T}",
  "1312": "{S} threatens {T} with sanctions",
  "1313": "{S} threatens to cut ties with {T}",
};

function theName(code: string, start: boolean): string {
  const name = getLexicon().displayName(code);
  // "the United States", "the EU": names that take an article in running text.
  const article = /^(?:United|Czech|Netherlands|Philippines|EU$|UN$|African Union|UAE$)/.test(name) ? "the " : "";
  const text = `${article}${name}`;
  return start ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

export function headline(template: string | undefined, ruleCode: string, code: string, source: string, target: string): string {
  const pattern = (code === ruleCode ? template : undefined) ?? BY_CODE[code] ?? BY_ROOT[rootCode(code)] ?? "{S} → {T}";
  const adjective = getLexicon().adjective(target);
  return pattern
    .replace("{S}", theName(source, pattern.startsWith("{S}")))
    .replace("{Tadj}", adjective ?? `${theName(target, false)}'s`)
    .replace("{T}", theName(target, false));
}
