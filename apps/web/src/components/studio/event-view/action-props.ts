import type { EventDetail } from "@rti/api";

/** What every action on an event gets: the event, and what to do after success or a conflict. */
export interface EventActionProps {
  event: EventDetail;
  onDone: (detail: EventDetail, message: string) => void;
  onReload: () => void;
}
