import { beforeEach, describe, expect, it } from "vitest";
import { certificatesOverview } from "@/lib/server/certificates/overview";
import { courseSkills } from "@/lib/server/certificates/issue";
import { truncateAll, useTestDatabase } from "../../helpers/db";
import { NOW, makeLearner, masterCourses, passExam } from "./fixtures";

const t = useTestDatabase();

beforeEach(async () => {
  await truncateAll(t.current.db);
});

describe("/certificates overview", () => {
  it("issues on view once mastery is reached after the exam was passed, and reports progress", async () => {
    const db = t.current.db;
    const u = await makeLearner(db, "o@example.com");
    await db.enrolment.createMany({ data: [{ userId: u.id, course: "linear-algebra" }, { userId: u.id, course: "pca" }] });
    const la = courseSkills().get("linear-algebra")!;
    // Passed the exam while one skill was still short of mastery (2 successes).
    await masterCourses(db, u.id, ["linear-algebra"], 2);
    await passExam(db, u.id, "linear-algebra");
    const before = await certificatesOverview(u.id, NOW);
    expect(before.certificates).toEqual([]);
    expect(before.newlyIssued).toEqual([]);
    const laBefore = before.courses.find((c) => c.course === "linear-algebra")!;
    expect(laBefore.mastery).toMatchObject({ total: la.length, mastered: 0 });
    expect(laBefore.exam).toEqual({ kind: "passed", score: 0.9 });

    await db.skillState.deleteMany({ where: { userId: u.id } });
    await masterCourses(db, u.id, ["linear-algebra"]);
    const after = await certificatesOverview(u.id, NOW);
    expect(after.certificates.map((c) => c.credential)).toEqual(["linear-algebra"]);
    expect(after.newlyIssued).toHaveLength(1);
    expect(after.courses.find((c) => c.course === "linear-algebra")).toMatchObject({ held: true, mastery: { mastered: la.length, missing: [] } });
    expect(after.specialisation).toEqual({ held: false, coursesHeld: 1 });
    const pca = after.courses.find((c) => c.course === "pca")!;
    expect(pca.held).toBe(false);
    expect(pca.exam).toMatchObject({ kind: "not-eligible", learned: 0 });

    const again = await certificatesOverview(u.id, NOW);
    expect(again.newlyIssued).toEqual([]);
    expect(again.certificates).toHaveLength(1);
  });

  it("a failed attempt within the cooldown shows when a retake opens", async () => {
    const db = t.current.db;
    const u = await makeLearner(db, "p@example.com");
    await masterCourses(db, u.id, ["pca"]);
    const failed = await passExam(db, u.id, "pca", false);
    const o = await certificatesOverview(u.id, new Date(failed.closedAt!.getTime() + 3_600_000));
    expect(o.courses.find((c) => c.course === "pca")!.exam).toEqual({ kind: "cooldown", retakeAt: new Date(failed.closedAt!.getTime() + 24 * 3_600_000) });
    expect(o.certificates).toEqual([]);
  });
});
