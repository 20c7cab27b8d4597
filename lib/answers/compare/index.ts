// Checkers: compare a parsed answer with the expected value and return a Verdict
// ({correct, score, feedback, mistakes}); mistake detectors tag common wrong answers.
export { check, equivalent } from "./check";
export { checkWithMistakes, type MistakeDetector, type MistakeOptions, type ResolvedMistake } from "./mistakes";
export { compareTexts, type Equivalence } from "./expressions";
export { withinTolerance, nearlyEqual } from "./numbers";
export { DEFAULT_REL_TOL, DEFAULT_SIG_FIGS } from "./verdict";
