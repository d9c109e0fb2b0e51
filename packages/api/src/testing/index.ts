export { createTestEvent, eventFields } from "./factories";
export { postTrpc, type HttpError } from "./http";
