import { describe, expect, it } from "vitest";
import { isPublicPath } from "@/auth.config";

describe("isPublicPath", () => {
  it.each(["/", "/sign-in", "/sign-up", "/verify/ABCD", "/api/auth/csrf", "/.well-known/jwks.json"])("%s is public", (p) => {
    expect(isPublicPath(p)).toBe(true);
  });
  it.each(["/learn", "/teach", "/certificates", "/sign-inx", "/verifyx", "/api/other"])("%s needs a session", (p) => {
    expect(isPublicPath(p)).toBe(false);
  });
});
