// Releases as the REST API shows them: the stored release (the changelog only on one release).
import { releaseSchema } from "../../../domain/releases/dto";

export const apiReleaseSchema = releaseSchema.meta({
  id: "Release",
  description:
    "A release: its cut-off day (asOf), the methodology version it computed with, and its changelog against the latest release before it. `number`, `publishedAt` and `publishedBy` are null while it is a draft.",
});

export const apiReleaseSummarySchema = releaseSchema.omit({ changelog: true }).meta({ id: "ReleaseSummary", description: "A published release, without its changelog." });
