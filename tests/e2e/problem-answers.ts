// Run by the e2e tests through tsx (Playwright's loader cannot import the curriculum JSON):
// `tsx tests/e2e/problem-answers.ts <skill> <seed> <level>` prints the problem's right answer
// and its known wrong answers, derived from the seed through the generator library.
import { getGenerator } from "@/exercises/registry";

const [skill, seed, level] = process.argv.slice(2);
const generator = getGenerator(skill);
if (!generator) {
  console.error(`no generator for ${skill}`);
  process.exit(2);
}
const problem = generator.generate(Number(seed), Number(level));
// Only wrong answers the checker diagnoses as their mistake: those the learner could type and get that feedback for.
const mistakes = generator
  .mistakeAnswers(problem)
  .filter((m) => generator.check(problem, m.text).mistakes.includes(m.tag))
  .map((m) => ({ tag: m.tag, text: m.text }));
console.log(JSON.stringify({ answer: problem.answer.text, numeric: problem.answer.numeric, mistakes }));
