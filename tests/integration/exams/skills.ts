// A course's skill ids straight from the curriculum file, a different route from lib/server's
// courseExamSkills (which also filters by the registry; every skill has a generator).
import raw from "@/exercises/curriculum.json";

export function courseExamSkillIds(course: string): string[] {
  return (raw as { id: string; course: string }[]).filter((s) => s.course === course).map((s) => s.id);
}
