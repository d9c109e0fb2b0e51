import type { RouterOutputs } from "@rti/api";

export type SeriesPoint = RouterOutputs["release"]["series"]["points"][number];
export type ReleaseEvent = RouterOutputs["release"]["events"]["events"][number];
/** Actor names by code, for saying who did what to whom. */
export type Names = Record<string, string>;
