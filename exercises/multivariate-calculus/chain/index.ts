// Generators of module "chain" (multivariate-calculus): one import per skill file, listed in curriculum order.
import type { Generator } from "../../types";
import multivariateChain from "./multivariate-chain";
import nnForward from "./nn-forward";
import backprop from "./backprop";

export const skills: Generator[] = [multivariateChain, nnForward, backprop];
