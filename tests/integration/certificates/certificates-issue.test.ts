import { beforeEach, describe, expect, it } from "vitest";
import { issueEarnedCertificates } from "@/lib/server/certificates/issue";
import { truncateAll, useTestDatabase } from "../../helpers/db";
import { NOW, makeLearner, masterCourses, passExam } from "./fixtures";

const t = useTestDatabase();

beforeEach(async () => {
  await truncateAll(t.current.db);
});

describe("issueEarnedCertificates", () => {
  it("issues nothing without a passed exam, or with a skill not yet mastered", async () => {
    const db = t.current.db;
    const u = await makeLearner(db, "a@example.com");
    const skills = await masterCourses(db, u.id, ["linear-algebra"]);
    await passExam(db, u.id, "linear-algebra", false);
    expect(await issueEarnedCertificates(u.id, { now: NOW })).toEqual([]);
    await passExam(db, u.id, "linear-algebra");
    await db.skillState.update({
      where: { userId_skillId: { userId: u.id, skillId: skills[0] } },
      data: { memory: { ...((await db.skillState.findFirstOrThrow({ where: { userId: u.id, skillId: skills[0] } })).memory as object), successes: 2 } },
    });
    expect(await issueEarnedCertificates(u.id, { now: NOW })).toEqual([]);
    expect(await db.certificate.count()).toBe(0);
  });

  it("issues a course certificate once, with the holder's name and skills as at issue", async () => {
    const db = t.current.db;
    const u = await makeLearner(db, "b@example.com", "Grace Hopper");
    const skills = await masterCourses(db, u.id, ["linear-algebra"]);
    const exam = await passExam(db, u.id, "linear-algebra");
    const [cert, ...rest] = await issueEarnedCertificates(u.id, { now: NOW });
    expect(rest).toEqual([]);
    expect(cert).toMatchObject({
      userId: u.id, credential: "linear-algebra", holderName: "Grace Hopper", issuerName: "Basis (local instance)",
      skills, examAttemptId: exam.id, issuedAt: NOW,
    });
    expect(cert.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    await db.user.update({ where: { id: u.id }, data: { name: "Grace B. Hopper" } });
    expect(await issueEarnedCertificates(u.id, { now: new Date(NOW.getTime() + 86_400_000) })).toEqual([]);
    const stored = await db.certificate.findMany();
    expect(stored).toHaveLength(1);
    expect(stored[0].holderName).toBe("Grace Hopper");
  });

  it("concurrent calls issue each certificate exactly once", async () => {
    const db = t.current.db;
    const u = await makeLearner(db, "c@example.com");
    await masterCourses(db, u.id, ["linear-algebra", "multivariate-calculus", "pca"]);
    for (const c of ["linear-algebra", "multivariate-calculus", "pca"]) await passExam(db, u.id, c);
    const results = await Promise.all(Array.from({ length: 8 }, () => issueEarnedCertificates(u.id, { now: NOW })));
    const issued = results.flat().map((c) => c.credential).sort();
    expect(issued).toEqual(["linear-algebra", "multivariate-calculus", "pca", "specialisation"]);
    expect(await db.certificate.count()).toBe(4);
  });

  it("issues the specialisation once the third course certificate arrives, covering all skills", async () => {
    const db = t.current.db;
    const u = await makeLearner(db, "d@example.com");
    const skills = await masterCourses(db, u.id, ["linear-algebra", "multivariate-calculus", "pca"]);
    await passExam(db, u.id, "linear-algebra");
    await passExam(db, u.id, "multivariate-calculus");
    expect((await issueEarnedCertificates(u.id, { now: NOW })).map((c) => c.credential)).toEqual(["linear-algebra", "multivariate-calculus"]);
    await passExam(db, u.id, "pca");
    const later = new Date(NOW.getTime() + 7 * 86_400_000);
    const third = await issueEarnedCertificates(u.id, { now: later });
    expect(third.map((c) => c.credential)).toEqual(["pca", "specialisation"]);
    const spec = third.find((c) => c.credential === "specialisation")!;
    expect([...spec.skills].sort()).toEqual([...skills].sort());
    expect(spec.issuedAt).toEqual(later);
    expect(spec.examAttemptId).toBeNull();
  });

  it("works inside the caller's transaction and rolls back with it", async () => {
    const db = t.current.db;
    const u = await makeLearner(db, "e@example.com");
    await masterCourses(db, u.id, ["pca"]);
    await passExam(db, u.id, "pca");
    await expect(db.$transaction(async (tx) => {
      expect(await issueEarnedCertificates(u.id, { now: NOW, db: tx })).toHaveLength(1);
      throw new Error("grading failed");
    })).rejects.toThrow("grading failed");
    expect(await db.certificate.count()).toBe(0);
  });
});
