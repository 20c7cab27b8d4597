import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatJoinCode, JOIN_CODE_LENGTH, newJoinCode, normaliseJoinCode } from "@/lib/server/cohorts/join-code";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const code = fc.string({ unit: fc.constantFrom(...CROCKFORD), minLength: 8, maxLength: 8 });

describe("join codes", () => {
  it("are 8 characters of Crockford base32 and differ from one another", () => {
    const codes = Array.from({ length: 2000 }, newJoinCode);
    for (const c of codes) expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(new Set(codes).size).toBe(codes.length);
    // Every symbol turns up: the draw is not stuck on part of the alphabet.
    expect(new Set(codes.join("")).size).toBe(32);
  });

  it("read back from the printed form, in any case, with spaces or hyphens", () => {
    fc.assert(
      fc.property(code, fc.boolean(), (c, lower) => {
        const printed = formatJoinCode(c);
        expect(printed).toBe(`${c.slice(0, 4)}-${c.slice(4)}`);
        expect(normaliseJoinCode(lower ? printed.toLowerCase() : printed)).toBe(c);
        expect(normaliseJoinCode(` ${c.slice(0, 2)} ${c.slice(2)} `)).toBe(c);
      }),
    );
  });

  it("read I and L as 1 and O as 0, and refuse anything else outside the alphabet or of another length", () => {
    expect(normaliseJoinCode("iLoO-1010")).toBe("11001010");
    expect(normaliseJoinCode("ABCD-EFGU")).toBeNull();
    expect(normaliseJoinCode("ABCD-EFG")).toBeNull();
    expect(normaliseJoinCode("ABCD-EFGHJ")).toBeNull();
    expect(normaliseJoinCode("ABCD_EFGH")).toBeNull();
    expect(normaliseJoinCode("")).toBeNull();
    expect(JOIN_CODE_LENGTH).toBe(8);
  });
});
