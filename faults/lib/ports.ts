// Ports in a range set aside for the fault suite, so it never collides with other test runs.
import { assertPortFree } from "../../scripts/lib/port";

/** The first port in [from, to] nothing listens on. */
export async function freePortIn(from: number, to: number): Promise<number> {
  for (let port = from; port <= to; port++) {
    try {
      await assertPortFree(port);
      return port;
    } catch {
      // Taken: try the next one.
    }
  }
  throw new Error(`Every port from ${from} to ${to} is in use; stop what listens there to run the fault tests.`);
}
