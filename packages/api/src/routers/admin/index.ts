import { auditLog } from "./audit-log";
import { createUser } from "./create-user";
import { setRoles } from "./set-roles";
import { users } from "./users";

export const adminRouter = { users, createUser, setRoles, auditLog };
