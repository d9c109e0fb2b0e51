// The demo's API keys: one per demo user, from DEMO_API_KEY_<ROLE> or a fixed value, made once
// and reported on every start. Test users stand in for the demo users (seed.test.ts makes those).
import { randomUUID } from "node:crypto";
import { revokeApiKey, viewerForApiKey } from "@rti/auth";
import { getDb } from "@rti/db";
import { createTestUser } from "@rti/db/testing";
import { expect, it } from "vitest";
import { ensureDemoApiKeys } from "./demo-api-keys";

const db = getDb();

async function demoLikeUsers() {
  const [editor, admin] = [await createTestUser(db, { roles: ["editor"] }), await createTestUser(db, { roles: ["admin"] })];
  return { editor, admin, users: [{ role: "editor" as const, email: editor.email }, { role: "admin" as const, email: admin.email }] };
}

it("gives each demo user the configured key, once, acting with their role", async () => {
  const { editor, admin, users } = await demoLikeUsers();
  const env = { DEMO_API_KEY_EDITOR: `rti_editor-${randomUUID()}`, DEMO_API_KEY_ADMIN: `rti_admin-${randomUUID()}` };
  const keys = await ensureDemoApiKeys(db, env, users);
  expect(keys).toEqual([
    { role: "editor", key: env.DEMO_API_KEY_EDITOR, revoked: false },
    { role: "admin", key: env.DEMO_API_KEY_ADMIN, revoked: false },
  ]);
  expect((await viewerForApiKey(env.DEMO_API_KEY_EDITOR))?.viewer).toMatchObject({ id: editor.id, roles: ["editor"] });
  expect((await viewerForApiKey(env.DEMO_API_KEY_ADMIN))?.viewer).toMatchObject({ id: admin.id, roles: ["admin"] });

  // A second start changes nothing and reports the same keys; a key revoked meanwhile says so.
  const made = await db.apiKey.findFirstOrThrow({ where: { userId: editor.id } });
  await revokeApiKey(db, editor, made.id);
  expect(await ensureDemoApiKeys(db, env, users)).toEqual([
    { role: "editor", key: env.DEMO_API_KEY_EDITOR, revoked: true },
    { role: "admin", key: env.DEMO_API_KEY_ADMIN, revoked: false },
  ]);
  expect(await db.apiKey.count({ where: { userId: { in: [editor.id, admin.id] } } })).toBe(2);
});

it("refuses a configured key of the wrong shape, or one that is another account's", async () => {
  const { users } = await demoLikeUsers();
  await expect(ensureDemoApiKeys(db, { DEMO_API_KEY_EDITOR: "secret" }, users)).rejects.toThrow(/DEMO_API_KEY_EDITOR must be "rti_"/);
  const shared = `rti_shared-${randomUUID()}`;
  await expect(ensureDemoApiKeys(db, { DEMO_API_KEY_EDITOR: shared, DEMO_API_KEY_ADMIN: shared }, users)).rejects.toThrow(
    /DEMO_API_KEY_ADMIN is already the API key of another account/,
  );
});

it("falls back to a fixed, printable key per role", async () => {
  // The only test that uses a default key: another use in this database would be refused as a clash.
  const publisher = await createTestUser(db, { roles: ["publisher"] });
  expect(await ensureDemoApiKeys(db, {}, [{ role: "publisher", email: publisher.email }])).toEqual([{ role: "publisher", key: "rti_demo-publisher-key", revoked: false }]);
  expect((await viewerForApiKey("rti_demo-publisher-key"))?.viewer.id).toBe(publisher.id);
});
