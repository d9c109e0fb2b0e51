import type { RouterOutputs } from "@rti/api";

export type PublishedEvent = RouterOutputs["event"]["published"];
