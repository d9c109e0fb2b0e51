// What the article has said so far, for sentences that leave an actor unnamed: "Moscow said it
// would respond" responds to whoever has acted against Moscow in the article; "South Korea put
// its military on alert" is against the country it has been in conflict with.
import { rootCode } from "./cameo";

interface Event {
  source: string;
  target: string;
  root: number;
}

/** Roots 10 and up are conflict (demands … mass violence); below, cooperation. */
export function isConflict(code: string): boolean {
  return Number(rootCode(code)) >= 10;
}

export class ArticleHistory {
  private readonly events: Event[] = [];

  add(source: string, target: string, code: string): void {
    this.events.push({ source, target, root: Number(rootCode(code)) });
  }

  /** The actor `source` has most often been paired with, in events of the same kind (ties: the earliest). */
  counterpart(source: string, conflict: boolean): string | undefined {
    const counts = new Map<string, number>();
    for (const event of this.events) {
      if (event.root >= 10 !== conflict) continue;
      const other = event.source === source ? event.target : event.target === source ? event.source : undefined;
      if (other) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
    return best(counts);
  }

  /** The first actor other than `except` to do something of these roots: whoever did "the attack" a reaction names. */
  firstSource(roots: (root: number) => boolean, except: string): string | undefined {
    return this.events.find((event) => roots(event.root) && event.source !== except)?.source;
  }

  /** Who has most often been on the receiving end of force, sanctions or coercion, other than `except`. */
  victim(except: string): string | undefined {
    const counts = new Map<string, number>();
    for (const event of this.events) {
      if (event.root >= 15 && event.target !== except) counts.set(event.target, (counts.get(event.target) ?? 0) + 1);
    }
    return best(counts);
  }

  /** Who has most often used force, sanctions or coercion (roots 15 to 20) in the article, other than `except`. */
  aggressor(except: string): string | undefined {
    const counts = new Map<string, number>();
    for (const event of this.events) {
      if (event.root >= 15 && event.source !== except) counts.set(event.source, (counts.get(event.source) ?? 0) + 1);
    }
    return best(counts);
  }
}

function best(counts: Map<string, number>): string | undefined {
  let winner: string | undefined;
  for (const [code, count] of counts) if (winner === undefined || count > counts.get(winner)!) winner = code;
  return winner;
}
