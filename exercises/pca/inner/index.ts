// Generators of module "inner" (pca): one import per skill file, listed in curriculum order.
import type { Generator } from "../../types";
import dotProductRecap from "./dot-product-recap";
import generalInnerProduct from "./general-inner-product";
import isInnerProduct from "./is-inner-product";
import lengthDistance from "./length-distance";
import angleOrthogonality from "./angle-orthogonality";
import functions from "./functions";

export const skills: Generator[] = [dotProductRecap, generalInnerProduct, isInnerProduct, lengthDistance, angleOrthogonality, functions];
