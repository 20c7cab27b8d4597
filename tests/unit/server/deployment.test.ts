import { describe, expect, it } from "vitest";
import { deploymentProblem } from "@/lib/server/deployment";

describe("deploymentProblem", () => {
  it("refuses production with a database but no AUTH_SECRET, saying how to set it", () => {
    const message = deploymentProblem({ NODE_ENV: "production", DATABASE_URL: "postgresql://db/basis" });
    expect(message).toMatch(/AUTH_SECRET/);
    expect(message).toMatch(/openssl rand/);
  });
  it("accepts production with a secret", () => {
    expect(deploymentProblem({ NODE_ENV: "production", DATABASE_URL: "postgresql://db/basis", AUTH_SECRET: "s" })).toBeNull();
  });
  it("accepts local runs without a secret (one is generated into .data/)", () => {
    expect(deploymentProblem({ NODE_ENV: "production" })).toBeNull();
    expect(deploymentProblem({ DATABASE_URL: "postgresql://db/basis" })).toBeNull();
  });
});
