// The browser side of sign-in (lives here so better-auth is one dependency of one package).
import { createAuthClient } from "better-auth/react";

export const authClient = createAuthClient();
