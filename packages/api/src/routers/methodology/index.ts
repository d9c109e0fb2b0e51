import { create } from "./create";
import { list } from "./list";
import { preview } from "./preview";

export const methodologyRouter = { list, preview, create };
