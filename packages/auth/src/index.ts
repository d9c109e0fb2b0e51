export { getAuth } from "./auth";
export { getViewer, type Viewer } from "./session";
export { ROLES, ROLE_DESCRIPTIONS, type RoleName } from "./roles";
export { hashPassword } from "better-auth/crypto";
export { createApiKey, hashApiKey, isApiKeyShaped, listApiKeys, revokeApiKey, viewerForApiKey, type ApiKeySummary } from "./api-keys";
