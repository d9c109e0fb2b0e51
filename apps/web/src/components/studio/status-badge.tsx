import type { EventStatus } from "@rti/api";
import { STATUS_LABELS } from "~/lib/status";

export function StatusBadge({ status, inForce }: { status: EventStatus; inForce?: boolean }) {
  return (
    <span className={`status status-${status}`}>
      {STATUS_LABELS[status]}
      {inForce && status !== "approved" ? <span className="status-note"> · approved version in force</span> : null}
    </span>
  );
}
