import { getDb } from "@rti/db";
import { describe, expect, it } from "vitest";
import { appRouter } from "../../root";
import { createCallerFactory } from "../../trpc";

describe("viewer.me", () => {
  it("returns the caller with their roles", async () => {
    const viewer = { id: "u-me", name: "Me", email: "me@test.rti.example", roles: ["reviewer" as const] };
    expect(await createCallerFactory(appRouter)({ db: getDb(), viewer }).viewer.me()).toEqual(viewer);
  });

  it("refuses a signed-out caller", async () => {
    await expect(createCallerFactory(appRouter)({ db: getDb(), viewer: null }).viewer.me()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});
