// Demo users (one per role), real events and a first published release for `npm start` in
// demo mode. Everything goes through the workflows themselves: events drafted by the demo
// editor and approved by the demo reviewer, the release drafted and published by the demo
// publisher, all audited like any other work.
import { hashPassword } from "@rti/auth";
import { createPasswordUser, type Db } from "@rti/db";
import { createEvent, decideOnRevision, submitEvent } from "../domain/events/workflow";
import { publishNow } from "../domain/releases/workflow";
import { eventFieldsSchema } from "../schemas/event";
import { DEMO_EVENTS } from "./demo-events";
import { DEMO_USERS } from "./demo-users";

export { DEMO_USERS } from "./demo-users";

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
  // Two releases, so the demo has history and a changelog to show: the first weeks of the
  // invasion of Ukraine, then the end of 2023 (the demo's newest events).
  await publishNow(db, publisher, { asOf: "2022-03-31", notes: "First release: the demo's hand-checked events up to the end of March 2022." });
  await publishNow(db, publisher, { asOf: "2023-12-31", notes: "Adds the 2022 grain deal and Taiwan drills, and the 2023 Armenia–Azerbaijan and China–US events." });
  return true;
}
