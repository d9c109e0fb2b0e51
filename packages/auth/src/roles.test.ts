import { Role } from "@rti/db";
import { expect, it } from "vitest";
import { ROLE_DESCRIPTIONS, ROLES } from "./roles";

it("names exactly the roles the database knows, each with a description", () => {
  expect([...ROLES].sort()).toEqual(Object.values(Role).sort());
  for (const role of ROLES) expect(ROLE_DESCRIPTIONS[role]).toMatch(/\w/);
});
