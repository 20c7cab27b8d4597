import { beforeEach, describe, expect, it } from "vitest";
import { clearSnapshots, snapshot, SNAPSHOT_TTL_MS } from "@/lib/server/dashboard/snapshot";

const T0 = new Date("2026-03-10T12:00:00Z");
const at = (ms: number) => () => new Date(T0.getTime() + ms);
const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => clearSnapshots());

describe("snapshot (stale-while-revalidate)", () => {
  it("computes once, then serves the stored value while fresh", async () => {
    let runs = 0;
    const compute = async () => ++runs;
    expect(await snapshot("k", compute, at(0))).toEqual({ value: 1, computedAt: T0 });
    expect(await snapshot("k", compute, at(SNAPSHOT_TTL_MS))).toEqual({ value: 1, computedAt: T0 });
    expect(runs).toBe(1);
  });

  it("when stale, answers with the old value at once and refreshes once in the background", async () => {
    let runs = 0;
    let release = () => {};
    const gate = new Promise<void>((r) => { release = r; });
    const compute = async () => { runs++; if (runs > 1) await gate; return runs; };
    await snapshot("k", compute, at(0));
    const later = at(SNAPSHOT_TTL_MS + 1);
    expect((await snapshot("k", compute, later)).value).toBe(1);
    expect((await snapshot("k", compute, later)).value).toBe(1);
    expect(runs).toBe(2);
    release();
    await tick();
    expect(await snapshot("k", compute, later)).toEqual({ value: 2, computedAt: later() });
  });

  it("concurrent first requests share one computation; keys are separate", async () => {
    let runs = 0;
    const compute = async () => { runs++; await tick(); return runs; };
    const [a, b] = await Promise.all([snapshot("k", compute, at(0)), snapshot("k", compute, at(0))]);
    expect([a.value, b.value, runs]).toEqual([1, 1, 1]);
    expect((await snapshot("other", compute, at(0))).value).toBe(2);
  });

  it("a failed refresh keeps the old value and tries again next time", async () => {
    let fail = true;
    await snapshot("k", async () => "old", at(0));
    const later = at(SNAPSHOT_TTL_MS + 1);
    const originalError = console.error;
    console.error = () => {};
    try {
      expect((await snapshot("k", async () => { if (fail) throw new Error("db down"); return "new"; }, later)).value).toBe("old");
      await tick();
      fail = false;
      expect((await snapshot("k", async () => "new", later)).value).toBe("old");
      await tick();
      expect((await snapshot("k", async () => "newer", later)).value).toBe("new");
    } finally {
      console.error = originalError;
    }
  });
});
