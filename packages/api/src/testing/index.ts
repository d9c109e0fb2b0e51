export { createTestEvent, eventFields } from "./factories";
