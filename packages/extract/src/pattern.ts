// The rule table's small pattern language, compiled to regular expressions.
//
//   expel~        the verb in any form (expel, expels, expelled, expelling)
//   diplomat*     a word starting so (diplomat, diplomats, diplomatic)
//   a|b|c         alternatives; "_" joins words inside one ("call~_on")
//   [a|b]         optional
//   …  …3         a gap of up to 6 (or 3) words, within one clause (no comma)
//   #             a number, in figures or words ("13", "four", "dozens")
//
// The rule's anchor (where its verb is, for finding subject and object) is the first token with
// a verb, else the first token.
import { verbForms } from "./inflect";

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const NUMBER = "\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|scores";

function word(text: string): string {
  if (text === "#") return `(?:${NUMBER})`;
  return text
    .split("_")
    .map((part) => {
      if (part.endsWith("~")) return `(?:${verbForms(part.slice(0, -1)).map(escape).join("|")})`;
      if (part.endsWith("*")) return `${escape(part.slice(0, -1))}[\\p{L}\\p{N}-]*`;
      return escape(part);
    })
    .join("\\s+");
}

export function compilePattern(pattern: string): RegExp {
  const tokens = pattern.split(" ");
  const anchorIndex = Math.max(
    0,
    tokens.findIndex((token) => token.includes("~")),
  );
  let source = "";
  tokens.forEach((token, index) => {
    const gap = /^…(\d*)$/.exec(token);
    if (gap) {
      source += `(?:\\s+[^\\s,;:]+){0,${gap[1] || 6}}?`;
      return;
    }
    const optional = token.startsWith("[") && token.endsWith("]");
    const body = optional ? token.slice(1, -1) : token;
    let alternatives = `(?:${body.split("|").map(word).join("|")})`;
    if (index === anchorIndex) alternatives = `(?<anchor>${alternatives})`;
    const separator = index === 0 ? "" : "\\s+";
    source += optional ? `(?:${separator}${alternatives})?` : `${separator}${alternatives}`;
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, "giu");
}
