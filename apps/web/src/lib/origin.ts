import { headers } from "next/headers";
import { visitorOrigin } from "./visitor-origin";

/** This request's origin ("https://rti.example"), for absolute addresses shown on a page. */
export async function requestOrigin(): Promise<string> {
  return visitorOrigin(await headers()).origin;
}
