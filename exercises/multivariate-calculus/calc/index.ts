// Generators of module "calc" (multivariate-calculus): one import per skill file, listed in curriculum order.
import type { Generator } from "../../types";
import gradientFromGraph from "./gradient-from-graph";
import firstPrinciples from "./first-principles";
import powerRule from "./power-rule";
import specialFunctions from "./special-functions";
import productRule from "./product-rule";
import chainRule from "./chain-rule";
import quotientRule from "./quotient-rule";

export const skills: Generator[] = [gradientFromGraph, firstPrinciples, powerRule, specialFunctions, productRule, chainRule, quotientRule];
