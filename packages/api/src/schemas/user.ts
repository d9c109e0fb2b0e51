import { ROLES } from "@rti/auth/roles";
import { z } from "zod";

export const createUserInput = z.object({
  name: z.string().trim().min(1, "Give the person's name.").max(200, "At most 200 characters."),
  email: z.email("Give a valid email address.").max(320),
  password: z.string().min(10, "Use at least 10 characters.").max(200, "At most 200 characters."),
  roles: z.array(z.enum(ROLES)),
});

export const setRolesInput = z.object({ userId: z.string().min(1), roles: z.array(z.enum(ROLES)) });
