import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, CODE_BITS, CODE_LENGTH, formatCode, generateCode, parseCode } from "@/lib/certificates/code";

describe("certificate codes", () => {
  it("carries at least 128 random bits in Crockford base32", () => {
    expect(CODE_ALPHABET).toHaveLength(32);
    expect(new Set(CODE_ALPHABET).size).toBe(32);
    for (const banned of "ILOU") expect(CODE_ALPHABET).not.toContain(banned);
    expect(CODE_BITS).toBeGreaterThanOrEqual(128);
    const code = generateCode();
    expect(code).toHaveLength(CODE_LENGTH);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
  });

  it("draws no collision in 10^6 codes and uses every symbol", () => {
    const seen = new Set<string>();
    const symbols = new Set<string>();
    for (let i = 0; i < 1_000_000; i++) {
      const c = generateCode();
      seen.add(c);
      if (i < 1000) for (const ch of c) symbols.add(ch);
    }
    expect(seen.size).toBe(1_000_000);
    expect(symbols.size).toBe(32);
  });

  it("maps every byte value to one symbol, uniformly (256 = 8 × 32)", () => {
    const counts = new Map<string, number>();
    for (let b = 0; b < 256; b += CODE_LENGTH) {
      const bytes = Uint8Array.from({ length: CODE_LENGTH }, (_, i) => (b + i) % 256);
      for (const ch of generateCode(() => bytes)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    expect(counts.size).toBe(32);
  });

  it("prints groups of four and parses the printed form in any case", () => {
    const code = generateCode();
    const printed = formatCode(code);
    expect(printed.split("-").map((g) => g.length)).toEqual([4, 4, 4, 4, 4, 4, 2]);
    expect(parseCode(printed)).toBe(code);
    expect(parseCode(printed.toLowerCase())).toBe(code);
    expect(parseCode(` ${printed.replaceAll("-", " ")} `)).toBe(code);
  });

  it("reads the letters people confuse with digits as those digits", () => {
    expect(parseCode("OOOO-IIII-LLLL-0000-1111-2222-33")).toBe("00001111111100001111222233");
  });

  it("refuses wrong lengths and foreign characters", () => {
    const code = generateCode();
    expect(parseCode(code.slice(1))).toBeNull();
    expect(parseCode(`${code}0`)).toBeNull();
    expect(parseCode(`${code.slice(1)}U`)).toBeNull();
    expect(parseCode(`${code.slice(1)}!`)).toBeNull();
    expect(parseCode("")).toBeNull();
    expect(parseCode("x".repeat(10_000))).toBeNull();
  });
});
