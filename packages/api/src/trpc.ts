// tRPC setup and the procedure tiers. Handlers never check roles themselves: they pick the
// tier, and the tier refuses everyone else before the handler runs.
import { initTRPC } from "@trpc/server";
import type { RoleName } from "@rti/auth";
import superjson from "superjson";
import { ZodError, z } from "zod";
import type { Context } from "./context";
import { DomainError } from "./errors";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    return {
      ...shape,
      data: {
        ...shape.data,
        domainCode: error instanceof DomainError ? error.domainCode : undefined,
        // Field-by-field messages for forms; the flat message stays readable for API users.
        fieldErrors: error.cause instanceof ZodError ? z.flattenError(error.cause).fieldErrors : undefined,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure;

export const signedInProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.viewer) throw new DomainError("UNAUTHENTICATED", "Sign in to do this.");
  return next({ ctx: { ...ctx, viewer: ctx.viewer } });
});

function roleProcedure(role: RoleName) {
  return signedInProcedure.use(({ ctx, next }) => {
    if (!ctx.viewer.roles.includes(role)) {
      throw new DomainError("FORBIDDEN", `This needs the ${role} role, which your account does not have.`);
    }
    return next();
  });
}

export const editorProcedure = roleProcedure("editor");
export const reviewerProcedure = roleProcedure("reviewer");
export const publisherProcedure = roleProcedure("publisher");
export const adminProcedure = roleProcedure("admin");
