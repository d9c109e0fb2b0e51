import type { Role } from "@rti/db";

// One demo account per role. The passwords are printed by `npm start` in demo mode only.
export const DEMO_USERS: { name: string; email: string; password: string; role: Role }[] = [
  { name: "Eda Editor", email: "editor@demo.rti.example", password: "demo-editor-pass", role: "editor" },
  { name: "Rui Reviewer", email: "reviewer@demo.rti.example", password: "demo-reviewer-pass", role: "reviewer" },
  { name: "Pia Publisher", email: "publisher@demo.rti.example", password: "demo-publisher-pass", role: "publisher" },
  { name: "Ada Admin", email: "admin@demo.rti.example", password: "demo-admin-pass", role: "admin" },
];
