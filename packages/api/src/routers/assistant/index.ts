import { extract } from "./extract";

export const assistantRouter = { extract };
