// The private mathjs instance used by the answer language. Only its parser, node classes,
// Fraction and Complex types are used: learner text is never evaluated by mathjs, so no mathjs
// function (import, evaluate, createUnit, …) is reachable from an answer.
import { all, create } from "mathjs";

// BigNumber literals keep the digits the learner typed, so "150094635296999121" stays exact.
export const math = create(all, { number: "BigNumber", precision: 64 });

export type MathNode = import("mathjs").MathNode;
export type Fraction = import("mathjs").Fraction;

/** The Fraction class itself (a constructor call, without the typed-function dispatch of math.fraction). */
export const newFraction = (n: number, d: number): Fraction =>
  new (math as unknown as { Fraction: new (n: number, d: number) => Fraction }).Fraction(n, d);

export const frac = (n: number | bigint, d: number | bigint = 1): Fraction =>
  math.fraction(n as number, d as number) as Fraction;
