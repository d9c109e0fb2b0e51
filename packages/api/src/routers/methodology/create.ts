import { writeAudit } from "../../domain/audit";
import { DomainError } from "../../errors";
import { methodologyParamsInput } from "../../schemas/methodology";
import { adminProcedure } from "../../trpc";
import { methodologyVersions, methodologyVersionSchema } from "./list";

/** A new methodology version, RTI-{n}; existing versions never change once used. */
export const create = adminProcedure
  .input(methodologyParamsInput)
  .output(methodologyVersionSchema)
  .mutation(async ({ ctx, input }) => {
    const codes = Object.keys(input.intensityOverrides);
    const known = new Set((await ctx.db.cameoCode.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((c) => c.code));
    const unknown = codes.filter((c) => !known.has(c));
    if (unknown.length) {
      const message = `Unknown CAMEO code${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}.`;
      throw new DomainError("INVALID_INPUT", message, { fieldErrors: { intensityOverrides: [message] } });
    }
    await ctx.db.$transaction(async (tx) => {
      const last = await tx.methodologyVersion.findFirst({ orderBy: { version: "desc" }, select: { version: true } });
      const version = (last?.version ?? 0) + 1;
      await tx.methodologyVersion.create({
        data: {
          version,
          name: `RTI-${version}`,
          halfLifeDays: input.halfLifeDays,
          scale: input.scale,
          intensityOverrides: input.intensityOverrides,
          notes: input.notes || null,
          createdById: ctx.viewer.id,
        },
      });
      await writeAudit(tx, { actor: ctx.viewer, action: "methodology.create", entityType: "methodology", entityId: String(version), after: input });
    });
    return (await methodologyVersions(ctx.db))[0]!;
  });
