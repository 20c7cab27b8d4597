import { describe, expect, it } from "vitest";
import { onlyNonDatabaseFolders } from "../../helpers/pg-cluster";

const project = (filenamePattern?: string[]) => ({ vitest: { filenamePattern } }) as never;

describe("test cluster start-up", () => {
  it("is skipped when only unit, property or golden folders are selected", () => {
    expect(onlyNonDatabaseFolders(project(["tests/unit/server"]))).toBe(true);
    expect(onlyNonDatabaseFolders(project(["tests/property/exercises", "./tests/golden"]))).toBe(true);
  });
  it("runs for a full run, an integration filter or a bare name that could match anything", () => {
    expect(onlyNonDatabaseFolders(project())).toBe(false);
    expect(onlyNonDatabaseFolders(project([]))).toBe(false);
    expect(onlyNonDatabaseFolders(project(["tests/integration"]))).toBe(false);
    expect(onlyNonDatabaseFolders(project(["tests/unit", "users"]))).toBe(false);
  });
});
