import type { RouterOutputs } from "@rti/api";

export type Release = RouterOutputs["release"]["draft"];
export type { Changelog, NameOf } from "~/components/release/changelog-types";
