// Generators of module "regress" (multivariate-calculus): one import per skill file, listed in curriculum order.
import type { Generator } from "../../types";
import leastSquaresLine from "./least-squares-line";
import chiSquared from "./chi-squared";
import nonlinearStep from "./nonlinear-step";

export const skills: Generator[] = [leastSquaresLine, chiSquared, nonlinearStep];
