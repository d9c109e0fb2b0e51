export { createFreshDatabase, type FreshDatabase } from "./fresh-database";
export { createTestActor, createTestDyad, createTestUser } from "./factories";
