// Pure zod schemas, importable from browser code (no server dependencies).
export * from "./event";
export * from "./field-errors";
export * from "./user";
export * from "./release";
export * from "./methodology";
export * from "./revision-fields";
export * from "./api-key";
export * from "./assistant";
