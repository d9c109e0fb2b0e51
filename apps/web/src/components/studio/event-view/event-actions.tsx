"use client";
// The buttons a viewer may use on an event, by role and by the event's state.
import type { EventDetail } from "@rti/api";
import type { RoleName } from "@rti/auth/roles";
import Link from "next/link";
import { whyNotEditable } from "~/components/studio/event-form/edit-rules";
import { RetractControl } from "./retract-control";
import { SubmitControl } from "./submit-control";

export function EventActions({
  event,
  roles,
  onDone,
  onReload,
}: {
  event: EventDetail;
  roles: RoleName[];
  onDone: (detail: EventDetail, message: string) => void;
  onReload: () => void;
}) {
  const editor = roles.includes("editor");
  // The states the workflow allows each action in (packages/api/src/domain/events/workflow.ts).
  const edit = editor && whyNotEditable(event) === null;
  const submit = editor && (event.status === "draft" || event.status === "changes_requested");
  const retract = roles.includes("reviewer") && event.approvedNumber !== null && event.status !== "retracted";
  if (!edit && !submit && !retract) return null;
  return (
    <div className="actions event-actions">
      {edit ? (
        <Link className="button secondary" href={`/studio/events/${event.id}/edit`}>
          Edit
        </Link>
      ) : null}
      {submit ? <SubmitControl event={event} onDone={onDone} onReload={onReload} /> : null}
      {retract ? <RetractControl event={event} onDone={onDone} onReload={onReload} /> : null}
    </div>
  );
}
