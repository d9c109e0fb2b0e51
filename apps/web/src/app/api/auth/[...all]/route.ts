import { authRouteHandlers } from "@rti/auth/next";

export const { GET, POST } = authRouteHandlers;
