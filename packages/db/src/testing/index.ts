export { createFreshDatabase, type FreshDatabase } from "./fresh-database";
export { createTestActor, createTestDyad, createTestEvent, createTestUser } from "./factories";
