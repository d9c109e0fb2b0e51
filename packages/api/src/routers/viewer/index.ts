import { me } from "./me";

export const viewerRouter = { me };
