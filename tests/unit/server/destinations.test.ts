import { describe, expect, it } from "vitest";
import { safeDestination } from "@/lib/server/destinations";

describe("safeDestination", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeDestination("/practice/vectors?level=2")).toBe("/practice/vectors?level=2");
  });
  it("reduces an absolute URL from Auth.js to its path", () => {
    expect(safeDestination("http://localhost:3000/learn")).toBe("/learn");
  });
  it("never leaves the site", () => {
    expect(safeDestination("https://evil.example/steal")).toBe("/steal");
    expect(safeDestination("//evil.example/x")).toBe("/x");
  });
  it("falls back to /learn for missing or non-string input", () => {
    expect(safeDestination("")).toBe("/learn");
    expect(safeDestination(null)).toBe("/learn");
    expect(safeDestination(42)).toBe("/learn");
  });
});
