// The private mathjs instance used by the answer language. Only its parser, node classes,
// Fraction and Complex types are used: learner text is never evaluated by mathjs, so no mathjs
// function (import, evaluate, createUnit, …) is reachable from an answer.
import { all, create } from "mathjs";

export const math = create(all, { number: "number" });

export type MathNode = import("mathjs").MathNode;
export type Fraction = import("mathjs").Fraction;

export const frac = (n: number | bigint, d: number | bigint = 1): Fraction =>
  math.fraction(n as number, d as number) as Fraction;
