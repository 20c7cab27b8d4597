import { describe, expect, it } from "vitest";
import { forecastDue, newMemory, predictedRetention, review } from "@/lib/scheduling";
import { DAY } from "./helpers";

describe("forecasts", () => {
  const t0 = new Date("2025-06-01T20:00:00Z");
  const first = review(newMemory("a", t0), "good", t0);
  const memories = [first, { ...first, skillId: "b", due: new Date(t0.getTime() - DAY).toISOString() }, newMemory("c", t0)];

  it("counts reviews falling due per local day, overdue ones today, new skills never", () => {
    const dueDay = Math.round((Date.parse(first.due) - t0.getTime()) / DAY);
    const week = forecastDue(memories, t0, "UTC", 7);
    expect(week.map((d) => d.date)).toEqual(["2025-06-01", "2025-06-02", "2025-06-03", "2025-06-04", "2025-06-05", "2025-06-06", "2025-06-07"]);
    expect(week[0].due).toBe(1);
    expect(week[dueDay].due).toBe(1);
    expect(week.reduce((s, d) => s + d.due, 0)).toBe(2);
  });
  it("shifts the days with the learner's zone: 20:00 UTC is already tomorrow in Tonga", () => {
    expect(forecastDue(memories, t0, "Pacific/Tongatapu", 1)[0].date).toBe("2025-06-02");
  });
  it("predicts falling recall without reviews, starting at 1 just after a review", () => {
    const curve = predictedRetention([first], t0, 30);
    expect(curve).toHaveLength(31);
    expect(curve[0].recall).toBeCloseTo(1, 9);
    for (let i = 1; i < curve.length; i++) expect(curve[i].recall).toBeLessThan(curve[i - 1].recall);
    expect(predictedRetention([newMemory("c", t0)], t0, 3).every((p) => p.recall === 0)).toBe(true);
  });
});
