import { beforeEach, describe, expect, it } from "vitest";
import { formatCode } from "@/lib/certificates/code";
import { revokeCertificate, searchCertificates } from "@/lib/server/certificates/admin";
import { issueEarnedCertificates } from "@/lib/server/certificates/issue";
import { findPublicCertificate } from "@/lib/server/certificates/lookup";
import { skillInfo } from "@/lib/server/skill-graph";
import { truncateAll, useTestDatabase } from "../../helpers/db";
import { NOW, makeLearner, masterCourses, passExam } from "./fixtures";

const t = useTestDatabase();

beforeEach(async () => {
  await truncateAll(t.current.db);
});

async function certified(email = "v@example.com", name = "Emmy Noether") {
  const db = t.current.db;
  const u = await makeLearner(db, email, name);
  const skills = await masterCourses(db, u.id, ["pca"]);
  await passExam(db, u.id, "pca");
  const [cert] = await issueEarnedCertificates(u.id, { now: NOW });
  const admin = await db.user.create({ data: { email: `admin-${email}`, name: "Admin", passwordHash: "x", role: "ADMIN" } });
  return { user: u, cert, skills, admin };
}

describe("verification lookup", () => {
  it("finds a certificate by its printed code in any case, with skill titles and no personal data", async () => {
    const { cert, skills } = await certified();
    for (const text of [cert.code, formatCode(cert.code), formatCode(cert.code).toLowerCase()]) {
      const found = await findPublicCertificate(text);
      expect(found).toMatchObject({ code: cert.code, credential: "pca", holderName: "Emmy Noether", issuedAt: NOW, revocation: null });
      expect(found!.skillTitles).toEqual(skills.map((id) => skillInfo(id)!.title));
      expect(JSON.stringify(found)).not.toMatch(/v@example\.com|userId/);
      expect(found).not.toHaveProperty("userId");
    }
  });

  it("answers null alike for unknown and malformed codes", async () => {
    const { cert } = await certified();
    const unknown = cert.code.slice(0, -1) + (cert.code.endsWith("0") ? "1" : "0");
    for (const text of [unknown, "nope", "", "%E0%A4%A", "../../etc/passwd", "'; DROP TABLE \"Certificate\"; --", "Z".repeat(200)]) {
      expect(await findPublicCertificate(text)).toBeNull();
    }
  });
});

describe("revocation", () => {
  it("shows at once on lookup, keeps the first reason, and refuses bad input with messages", async () => {
    const { cert, admin } = await certified();
    const later = new Date(NOW.getTime() + 30 * 86_400_000);
    expect(await revokeCertificate(admin.id, { code: cert.code, reason: "  " })).toMatchObject({ ok: false, message: /at least 3 characters/ });
    expect(await revokeCertificate(admin.id, { code: "nope", reason: "Fraud" })).toMatchObject({ ok: false, message: /not a certificate code/ });
    expect(await revokeCertificate(admin.id, { code: cert.code.replace(/.$/, (c) => (c === "0" ? "1" : "0")), reason: "Fraud" }))
      .toMatchObject({ ok: false, code: "not-found" });
    expect(await revokeCertificate(admin.id, { code: formatCode(cert.code).toLowerCase(), reason: "Exam misconduct" }, later))
      .toEqual({ ok: true, code: cert.code, revokedAt: later });
    expect((await findPublicCertificate(cert.code))!.revocation).toEqual({ revokedAt: later, reason: "Exam misconduct" });
    expect(await revokeCertificate(admin.id, { code: cert.code, reason: "Second thoughts" })).toMatchObject({ ok: false, code: "already-revoked", message: /Exam misconduct/ });
    const stored = await t.current.db.certificateRevocation.findMany();
    expect(stored).toMatchObject([{ reason: "Exam misconduct", revokedById: admin.id }]);
  });

  it("concurrent revocations store one", async () => {
    const { cert, admin } = await certified();
    const results = await Promise.all(["A reason", "B reason", "C reason"].map((reason) => revokeCertificate(admin.id, { code: cert.code, reason })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await t.current.db.certificateRevocation.count()).toBe(1);
  });

  it("a revoked certificate is not reissued by a later issuing call", async () => {
    const { user, cert, admin } = await certified();
    await revokeCertificate(admin.id, { code: cert.code, reason: "Exam misconduct" });
    expect(await issueEarnedCertificates(user.id, { now: NOW })).toEqual([]);
  });
});

describe("admin search", () => {
  it("finds by code, by part of the holder's name or email, case-insensitively", async () => {
    const a = await certified("emmy@example.com", "Emmy Noether");
    const b = await certified("sofia@example.com", "Sofia Kovalevskaya");
    expect((await searchCertificates(formatCode(b.cert.code).toLowerCase())).map((r) => r.holderName)).toEqual(["Sofia Kovalevskaya"]);
    expect((await searchCertificates("noeth")).map((r) => r.code)).toEqual([a.cert.code]);
    expect((await searchCertificates("SOFIA@")).map((r) => r.holderEmail)).toEqual(["sofia@example.com"]);
    expect(await searchCertificates("nobody")).toEqual([]);
    expect(await searchCertificates("")).toHaveLength(2);
  });
});
