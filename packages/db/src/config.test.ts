import { describe, expect, it } from "vitest";
import { ConfigError, parseDatabaseUrl, redactUrl } from "./config";

describe("parseDatabaseUrl", () => {
  it("accepts postgres and postgresql URLs", () => {
    expect(parseDatabaseUrl("postgresql://u:p@db.example:5432/rti").hostname).toBe("db.example");
    expect(parseDatabaseUrl("postgres://u@localhost/rti").pathname).toBe("/rti");
  });

  it.each([
    ["not a url", /not a valid URL/],
    ["mysql://u@localhost/rti", /must start with postgresql:\/\//],
  ])("explains what is wrong with %j and how to fix it", (raw, message) => {
    expect(() => parseDatabaseUrl(raw)).toThrow(ConfigError);
    expect(() => parseDatabaseUrl(raw)).toThrow(message);
    expect(() => parseDatabaseUrl(raw)).toThrow(/postgresql:\/\/user:password@host:5432\/database/);
  });
});

it("redacts passwords from URLs shown in messages", () => {
  expect(redactUrl("postgresql://rti:s3cret@db:5432/rti")).toBe("postgresql://rti:***@db:5432/rti");
});
