import { list } from "./list";

export const methodologyRouter = { list };
