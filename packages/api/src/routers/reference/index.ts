import { actors } from "./actors";
import { cameoCodes } from "./cameo-codes";

export const referenceRouter = { actors, cameoCodes };
