// tRPC setup and the procedure tiers. Handlers never check roles themselves: they pick the
// tier, and the tier refuses everyone else before the handler runs.
import { initTRPC, TRPCError } from "@trpc/server";
import type { RoleName } from "@rti/auth";
import superjson from "superjson";
import type { OpenApiMeta } from "trpc-to-openapi";
import { ZodError } from "zod";
import type { Context } from "./context";
import { writeAudit } from "./domain/audit";
import { domainErrorFromDatabase } from "./domain/database-errors";
import { DomainError, invalidField } from "./errors";
import type { RestMeta } from "./rest/meta";
import { fieldErrorsOf } from "./schemas/field-errors";
import { LONE_SURROGATE_MESSAGE, loneSurrogateAt } from "./schemas/well-formed-text";

// `meta.openapi` puts a procedure on the REST API (rest/handler.ts) and in its document.
const t = initTRPC.context<Context>().meta<OpenApiMeta<{ rest?: RestMeta }>>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    return {
      ...shape,
      message: error.cause instanceof ZodError ? summarise(fieldErrorsOf(error.cause)) : shape.message,
      data: {
        ...shape.data,
        domainCode: error instanceof DomainError ? error.domainCode : undefined,
        // Field-by-field messages for forms; the flat message stays readable for API users.
        fieldErrors:
          error.cause instanceof ZodError ? fieldErrorsOf(error.cause) : error instanceof DomainError ? error.fieldErrors : undefined,
        details: error instanceof DomainError ? error.details : undefined,
      },
    };
  },
});

/** "title: Give the event a title…; sources.0.url: Use a web address…" for non-form callers. */
function summarise(fields: Record<string, string[]>): string {
  return `Invalid input: ${Object.entries(fields)
    .map(([field, messages]) => `${field}: ${messages.join(" ")}`)
    .join("; ")}`;
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Database failures that slip past validation still reach the caller as a 4xx, not a 500. */
const databaseErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && !(result.error.cause instanceof TRPCError)) {
    const mapped = domainErrorFromDatabase(result.error.cause);
    if (mapped) return { ...result, error: mapped };
  }
  return result;
});

/** Text that is no text (a lone surrogate) is refused before any procedure sees it (schemas/well-formed-text.ts). */
const wellFormedText = t.middleware(async ({ getRawInput, next }) => {
  const at = loneSurrogateAt(await getRawInput());
  if (at !== null) throw invalidField(at || "input", LONE_SURROGATE_MESSAGE);
  return next();
});

export const publicProcedure = t.procedure.use(databaseErrors).use(wellFormedText);

export const signedInProcedure = publicProcedure.use(async ({ ctx, next, type, path }) => {
  if (!ctx.viewer) {
    // Refused writes are recorded; refused reads by anonymous visitors would only be noise.
    if (type === "mutation") await writeAudit(ctx.db, { actor: null, action: "auth.refused", entityType: "procedure", entityId: path });
    throw new DomainError("UNAUTHENTICATED", "Sign in to do this.");
  }
  return next({ ctx: { ...ctx, viewer: ctx.viewer } });
});

function roleProcedure(role: RoleName) {
  return signedInProcedure.use(async ({ ctx, next, path }) => {
    if (!ctx.viewer.roles.includes(role)) {
      await writeAudit(ctx.db, {
        actor: ctx.viewer,
        action: "auth.refused",
        entityType: "procedure",
        entityId: path,
        meta: { required: role, held: ctx.viewer.roles },
      });
      throw new DomainError("FORBIDDEN", `This needs the ${role} role, which your account does not have.`);
    }
    return next();
  });
}

export const editorProcedure = roleProcedure("editor");
export const reviewerProcedure = roleProcedure("reviewer");
export const publisherProcedure = roleProcedure("publisher");
export const adminProcedure = roleProcedure("admin");
