import { health } from "./health";

export const systemRouter = { health };
