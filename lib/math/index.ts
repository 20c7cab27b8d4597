// lib/math: exact linear algebra over the rationals, surds, numeric factorisations and
// calculus helpers, all on mathjs. Generators import from here.
export { Q, type Rational, type RationalLike } from "./rational";
export * from "./matrix";
export * from "./elimination";
export { Surd, surd, sqrtQ } from "./surd";
export * from "./text";
export * from "./eigen";
export * from "./decompositions";
export * from "./calculus";
export { mj } from "./mathjs";
