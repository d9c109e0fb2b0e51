import { describe, expect, it } from "vitest";
import { getDb } from "../client";
import { countryActors, ORGANISATIONS } from "./actors";
import { cameoCodes } from "./cameo";
import { seedReference } from "./index";

describe("reference data", () => {
  it("names countries the way people say them, each name once", () => {
    const byCode = new Map(countryActors().map((a) => [a.code, a.name]));
    expect(byCode.get("RUS")).toBe("Russia");
    expect(byCode.get("USA")).toBe("United States");
    expect(byCode.get("KOR")).toBe("South Korea");
    expect(byCode.get("GBR")).toBe("United Kingdom");
    const names = [...byCode.values()];
    expect(new Set(names).size).toBe(names.length);
  });

  it("ships the CAMEO taxonomy with Goldstein values and the mangled 044 repaired", () => {
    const codes = new Map(cameoCodes().map((c) => [c.code, c]));
    expect(codes.size).toBeGreaterThan(300);
    expect(codes.get("044")?.name).toBe('Meet at a "third" location');
    expect(codes.get("161")).toEqual({ code: "161", goldstein: -4, name: "Reduce or break diplomatic relations" });
    expect(codes.get("01")?.name).toBe("Make public statement");
    expect([...codes.values()].every((c) => c.goldstein >= -10 && c.goldstein <= 10 && /^[\x20-\x7e]+$/.test(c.name))).toBe(true);
  });

  it("loads actors and codes idempotently", async () => {
    const db = getDb();
    await seedReference(db); // the run's setup already did it once
    expect(await db.actor.count({ where: { kind: "country" } })).toBe(countryActors().length);
    expect(await db.actor.count({ where: { code: { in: ORGANISATIONS.map((o) => o.code) } } })).toBe(ORGANISATIONS.length);
    expect(await db.cameoCode.count()).toBe(cameoCodes().length);
  });
});
