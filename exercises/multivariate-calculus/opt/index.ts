// Generators of module "opt" (multivariate-calculus): one import per skill file, listed in curriculum order.
import type { Generator } from "../../types";
import newtonRaphson from "./newton-raphson";
import gradientDescent from "./gradient-descent";
import lagrange from "./lagrange";

export const skills: Generator[] = [newtonRaphson, gradientDescent, lagrange];
