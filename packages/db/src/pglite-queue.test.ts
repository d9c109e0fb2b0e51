// Drives the wire protocol by hand, so one connection's batch can be split in time exactly
// where another connection's query could slip in.
import net from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded";

let embedded: EmbeddedPostgres;
beforeAll(async () => {
  embedded = await startEmbeddedPostgres();
});
afterAll(() => embedded.stop());

const cstr = (s: string) => Buffer.from(`${s}\0`);
function message(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0);
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}
const int16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeInt16BE(n);
  return b;
};

/** A connection that collects everything the server sends and can wait for a message type. */
async function connect() {
  const socket = net.connect(embedded.port, "127.0.0.1");
  let received = Buffer.alloc(0);
  socket.on("data", (d) => (received = Buffer.concat([received, d])));
  await new Promise((r) => socket.once("connect", r));
  const body = Buffer.concat([Buffer.from([0, 3, 0, 0]), cstr("user"), cstr("postgres"), cstr("database"), cstr("postgres"), Buffer.from([0])]);
  const len = Buffer.alloc(4);
  len.writeInt32BE(body.length + 4);
  socket.write(Buffer.concat([len, body]));
  const c = {
    socket,
    text: () => received.toString("latin1"),
    readyCount: () => {
      // Count ReadyForQuery ('Z', length 5) messages.
      let n = 0;
      for (let i = 0; i + 5 < received.length; i++) if (received[i] === 0x5a && received.readInt32BE(i + 1) === 5) n++;
      return n;
    },
    async waitReady(count: number, ms = 3000) {
      const until = Date.now() + ms;
      while (c.readyCount() < count) {
        if (Date.now() > until) return false;
        await new Promise((r) => setTimeout(r, 10));
      }
      return true;
    },
  };
  expect(await c.waitReady(1)).toBe(true);
  return c;
}

it("does not let another connection's query into the middle of an extended-protocol batch", async () => {
  const a = await connect();
  const b = await connect();
  // A parses an unnamed statement but has not bound or executed it yet.
  a.socket.write(message("P", Buffer.concat([cstr(""), cstr("SELECT 'from-a'::text AS v"), int16(0)])));
  await new Promise((r) => setTimeout(r, 50));
  // B's simple query would discard the unnamed statement if it ran now.
  b.socket.write(message("Q", cstr("SELECT 'from-b'::text AS v")));
  await new Promise((r) => setTimeout(r, 100));
  a.socket.write(
    Buffer.concat([
      message("B", Buffer.concat([cstr(""), cstr(""), int16(0), int16(0), int16(0)])),
      message("E", Buffer.concat([cstr(""), Buffer.alloc(4)])),
      message("S", Buffer.alloc(0)),
    ]),
  );
  expect(await a.waitReady(2)).toBe(true);
  expect(await b.waitReady(2)).toBe(true);
  expect(a.text()).toContain("from-a");
  expect(a.text()).not.toContain("does not exist");
  expect(b.text()).toContain("from-b");
  a.socket.destroy();
  b.socket.destroy();
});
