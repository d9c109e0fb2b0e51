import { listDyads } from "./list";

export const dyadRouter = { list: listDyads };
