// The four roles of product.md ("Workflow") and what each may do, in one place.
export const ROLES = ["editor", "reviewer", "publisher", "admin"] as const;
export type RoleName = (typeof ROLES)[number];

export const ROLE_DESCRIPTIONS: Record<RoleName, string> = {
  editor: "drafts events and submits them for review",
  reviewer: "approves, rejects or sends back other people's revisions",
  publisher: "drafts and publishes releases of the index",
  admin: "manages users, roles, methodology versions and API keys",
};
