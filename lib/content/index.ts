// Rendering of authored text (prompts, solutions, hints, notes) with KaTeX math.
export { renderMathText, renderContent, mathError, splitMath, type RenderOptions } from "./render";
