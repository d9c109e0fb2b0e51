import type { EventStatus } from "@rti/api";

// Workflow states in plain words (product.md, Workflow), for badges and filters.
export const STATUS_LABELS: Record<EventStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  changes_requested: "Changes requested",
  approved: "Approved",
  rejected: "Rejected",
  retracted: "Retracted",
};
