import { headers } from "next/headers";

/** This request's origin ("https://rti.example"), for absolute addresses shown on a page. */
export async function requestOrigin(): Promise<string> {
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost"}`;
}
