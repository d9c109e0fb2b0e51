import { inject, it, expect } from "vitest";
import { assertReachable } from "./reachable";

it("passes for the test database", async () => {
  await expect(assertReachable(inject("databaseUrl"))).resolves.toBeUndefined();
});

it("names the unreachable database, without its password, and the fix", async () => {
  const attempt = assertReachable("postgresql://rti:s3cret@127.0.0.1:1/rti", 2000);
  await expect(attempt).rejects.toThrow(/Cannot reach the database at postgresql:\/\/rti:\*\*\*@127\.0\.0\.1:1\/rti \(ECONNREFUSED\); check that PostgreSQL is running/);
});
