// What the studio tells an editor before they edit an event, following the workflow's rules
// (packages/api/src/domain/events/workflow.ts): when editing is closed, and what stays in force.
import type { EventDetail } from "@rti/api";

/** Why the event cannot be edited now, or null when it can. */
export function whyNotEditable(event: EventDetail): string | null {
  switch (event.status) {
    case "in_review":
      return `Revision ${event.headNumber} is in review, so the event cannot be changed until a reviewer decides on it. If they ask for changes, you can edit it then.`;
    case "retracted":
      return "This event was retracted, so it can no longer be edited.";
    case "rejected":
      return event.approvedNumber === null
        ? "This event was rejected and never approved, so it cannot be edited. If there is new evidence, draft a new event."
        : null;
    default:
      return null;
  }
}

/** For events with an approved revision: editing does not touch what the index uses. */
export function approvedInForce(event: EventDetail): string | null {
  if (event.approvedNumber === null) return null;
  return `Revision ${event.approvedNumber} is approved and stays in force — it is the version the index uses — until the revision you save here is reviewed and approved.`;
}
