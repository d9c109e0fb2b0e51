import { describe, expect, it } from "vitest";
import { isApiRead } from "./api-reads";

describe("isApiRead", () => {
  it("takes GET and HEAD under /api/v1, and leaves writes, the upload and the OpenAPI document to Next", () => {
    for (const path of ["/api/v1/dyads", "/api/v1/dyads/rus-usa/series", "/api/v1/imports/0b6f", "/api/v1/imports/0b6f/skipped", "/api/v1/nothing-here"]) {
      expect(isApiRead("GET", path), path).toBe(true);
      expect(isApiRead("HEAD", path), path).toBe(true);
    }
    for (const method of ["POST", "PATCH", "PUT", "DELETE", "OPTIONS"]) expect(isApiRead(method, "/api/v1/events")).toBe(false);
    for (const path of ["/api/v1/imports", "/api/v1/openapi.json", "/api/trpc/dyad.list", "/api/auth/session", "/api/health", "/dyads/rus-usa"]) {
      expect(isApiRead("GET", path), path).toBe(false);
    }
  });
});
