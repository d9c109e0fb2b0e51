// Demo users (one per role), real events and three published releases for `npm start` in
// demo mode. Everything goes through the workflows themselves: events drafted by the demo
// editor and approved by the demo reviewer, the releases drafted and published by the demo
// publisher, all audited like any other work.
import { hashPassword } from "@rti/auth";
import { createPasswordUser, type Db } from "@rti/db";
import { createEvent, decideOnRevision, submitEvent } from "../domain/events/workflow";
import { publishNow } from "../domain/releases/workflow";
import { eventFieldsSchema } from "../schemas/event";
import { DEMO_EVENTS } from "./demo-events";
import { DEMO_USERS } from "./demo-users";

export { DEMO_USERS } from "./demo-users";
export { ensureDemoApiKeys, type DemoApiKey } from "./demo-api-keys";

/** Returns false, changing nothing, when the demo users already exist. */
export async function seedDemo(db: Db, opts: { hashPassword?: (password: string) => Promise<string> } = {}): Promise<boolean> {
  const hash = opts.hashPassword ?? hashPassword;
  if (await db.user.findFirst({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } })) return false;
  const users = new Map<string, { id: string; email: string }>();
  for (const u of DEMO_USERS) {
    users.set(u.role, await createPasswordUser(db, { name: u.name, email: u.email, passwordHash: await hash(u.password), roles: [u.role] }));
  }
  const editor = users.get("editor")!;
  const reviewer = users.get("reviewer")!;
  for (const e of DEMO_EVENTS) {
    const fields = eventFieldsSchema.parse({
      source: e.source,
      target: e.target,
      date: e.date,
      code: e.cameoCode,
      title: e.title,
      summary: e.summary,
      sources: e.sources,
    });
    const created = await createEvent(db, editor, { event: fields, changeNote: "Demo data" });
    await submitEvent(db, editor, { id: created.id, baseRevision: 1 });
    if (!e.pending) await decideOnRevision(db, reviewer, { id: created.id, revision: 1, decision: "approve", comment: "Checked against the source." });
  }
  const publisher = users.get("publisher")!;
  // Three releases, so the demo has history and changelogs to show: the first weeks of the
  // invasion of Ukraine, the end of 2023, then just after the demo's newest events (August 2025),
  // so the latest release shows dyads that are still moving.
  await publishNow(db, publisher, { asOf: "2022-03-31", notes: "First release: the demo's hand-checked events up to the end of March 2022." });
  await publishNow(db, publisher, { asOf: "2023-12-31", notes: "Adds the 2022 grain deal and Taiwan drills, and the 2023 Armenia–Azerbaijan and China–US events." });
  await publishNow(db, publisher, {
    asOf: "2025-08-31",
    notes:
      "Adds events of 2024 and 2025: the Kursk incursion and the Istanbul talks, the Israel–Iran strikes and the June 2025 war with the US strikes on Iran, " +
      "the India–Pakistan clashes of May 2025, the China–Philippines confrontations at sea, the US–China tariff truce, the Alaska summit and the " +
      "Armenia–Azerbaijan Washington declaration. The demo records no event after 15 August 2025. Two events are still in review and not " +
      "included: Russia's expulsion of US diplomats in April 2021 and the Easter truce of April 2025.",
  });
  return true;
}
