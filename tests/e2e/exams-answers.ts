// Run by tests/e2e/exams.spec.ts through tsx (Playwright's loader cannot import the generators):
// `tsx tests/e2e/exams-answers.ts '<json [{skillId, seed, level}]>'` prints the right answers in order.
import { getGenerator } from "@/exercises/registry";

const items = JSON.parse(process.argv[2] ?? "[]") as { skillId: string; seed: number; level: number }[];
console.log(JSON.stringify(items.map((i) => getGenerator(i.skillId)!.generate(i.seed, i.level).answer.text)));
