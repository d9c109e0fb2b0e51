import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./root";

export { appRouter, type AppRouter } from "./root";
export { createCallerFactory } from "./trpc";
export { createContextFromHeaders, publicContext, type Context } from "./context";
export { publishedReleaseRef } from "./domain/releases/read";
export { DomainError, DOMAIN_ERRORS, type DomainErrorCode } from "./errors";
export { handleRestRequest } from "./rest/handler";
export { handleImportUpload } from "./rest/import-upload";
export { documentResponse, openApiDocument } from "./rest/document";
export type { OpenAPIObject } from "trpc-to-openapi";
export type { EventDetail, EventListItem, RevisionDto } from "./domain/events/dto";
export type { EventStatus, ReviewDecision } from "@rti/db";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
