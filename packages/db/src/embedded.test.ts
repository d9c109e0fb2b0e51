import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded";

let embedded: EmbeddedPostgres;
beforeAll(async () => {
  embedded = await startEmbeddedPostgres();
});
afterAll(() => embedded.stop());

it("answers each of many concurrent connections with its own query's result", async () => {
  const pool = new pg.Pool({ connectionString: embedded.url, max: 8 });
  try {
    const asked = Array.from({ length: 400 }, (_, i) => i);
    const answered = await Promise.all(
      // Different statement texts, so a Bind that reached another connection's statement shows.
      asked.map(async (n) => (await pool.query<{ n: number; label: string }>(`SELECT $1::int AS n, $2::text AS label, ${n % 5} AS k`, [n, `q${n}`])).rows[0]),
    );
    expect(answered).toEqual(asked.map((n) => ({ n, label: `q${n}`, k: n % 5 })));
  } finally {
    await pool.end();
  }
});

it("keeps a transaction's statements together while other connections query", async () => {
  const pool = new pg.Pool({ connectionString: embedded.url, max: 4 });
  try {
    await pool.query("CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)");
    await pool.query("INSERT INTO counter VALUES (1, 0)");
    await Promise.all(
      Array.from({ length: 40 }, async () => {
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          const { rows } = await client.query<{ n: number }>("SELECT n FROM counter WHERE id = $1", [1]);
          await client.query("UPDATE counter SET n = $1 WHERE id = $2", [rows[0]!.n + 1, 1]);
          await client.query("COMMIT");
        } finally {
          client.release();
        }
      }),
    );
    expect((await pool.query<{ n: number }>("SELECT n FROM counter")).rows[0]?.n).toBe(40);
  } finally {
    await pool.end();
  }
});
