// Owns FUNCTIONS, the explicit list of every sheet function, each registered in its group: the
// evaluator, argument checking and the library read it; the app reads its catalogue (formula/catalogue.ts).

import { type FunctionGroup, GROUPS } from './spec';
import type { FunctionDef } from './types';
import { all, any } from './all-any';
import { amax } from './amax';
import { amin } from './amin';
import { arange } from './arange';
import { argmax } from './argmax';
import { argmin } from './argmin';
import { binary_cross_entropy } from './binary_cross_entropy';
import { binary_cross_entropy_with_logits } from './binary_cross_entropy_with_logits';
import { broadcast_to } from './broadcast_to';
import { cat } from './cat';
import { clamp } from './clamp';
import { clip_grad_norm } from './clip_grad_norm';
import { clip_grad_value } from './clip_grad_value';
import { clone } from './clone';
import { cross_entropy } from './cross_entropy';
import { cumsum } from './cumsum';
import { customgrad } from './customgrad';
import { detach } from './detach';
import { dim } from './dim';
import { dot } from './dot';
import { withDtype } from './dtype';
import { eye } from './eye';
import { flatten } from './flatten';
import { float } from './float';
import { full } from './full';
import { full_like } from './full_like';
import { gelu } from './gelu';
import { gradfn } from './gradfn';
import { hessian } from './hessian';
import { hvp } from './hvp';
import { index_select } from './index_select';
import { item } from './item';
import { jacobian } from './jacobian';
import { jvp } from './jvp';
import { l1_loss } from './l1_loss';
import { leaky_relu } from './leaky_relu';
import { linear } from './linear';
import { linspace } from './linspace';
import { log_softmax } from './log_softmax';
import { logsumexp } from './logsumexp';
import { matmul } from './matmul';
import { max } from './max';
import { mean } from './mean';
import { min } from './min';
import { mm } from './mm';
import { mse_loss } from './mse_loss';
import { mv } from './mv';
import { nll_loss } from './nll_loss';
import { norm } from './norm';
import { numel } from './numel';
import { withOpFunctions } from './op-functions';
import { ones } from './ones';
import { ones_like } from './ones_like';
import { outer } from './outer';
import { permute } from './permute';
import { prod } from './prod';
import { rand } from './rand';
import { rand_like } from './rand_like';
import { randint } from './randint';
import { randn } from './randn';
import { randn_like } from './randn_like';
import { randperm } from './randperm';
import { repeat } from './repeat';
import { requires_grad_ } from './requires_grad_';
import { reshape } from './reshape';
import { round } from './round';
import { shape } from './shape';
import { size } from './size';
import { smooth_l1_loss } from './smooth_l1_loss';
import { softmax } from './softmax';
import { softplus } from './softplus';
import { square } from './square';
import { squeeze } from './squeeze';
import { stack } from './stack';
import { std } from './std';
import { sub } from './sub';
import { add } from './add';
import { sum } from './sum';
import { t } from './t';
import { tensor } from './tensor';
import { tolist } from './tolist';
import { train } from './train';
import { transpose } from './transpose';
import { SPECIAL_FORMS } from '../special-forms/index';
import { tuple } from './tuple';
import { unsqueeze } from './unsqueeze';
import { var_ } from './var';
import { vhp } from './vhp';
import { view } from './view';
import { vjp } from './vjp';
import { where } from './where';
import { while_ } from './while';
import { zeros } from './zeros';
import { zeros_like } from './zeros_like';

/** A special form by name (each is defined in its own file, formula/special-forms/). */
const form = (name: string): FunctionDef => SPECIAL_FORMS.find((f) => f.name === name)!;

/** A registered function: its definition and the one group the reference, the docs and completion show it in. */
export type RegisteredFunction = FunctionDef & { readonly group: FunctionGroup };

/**
 * Every function, by group, in the order the reference lists them. The op table's thin functions
 * (formula/functions/op-functions.ts) join the elementwise group by themselves.
 */
const BY_GROUP: Readonly<Record<FunctionGroup, readonly FunctionDef[]>> = {
  creation: [
    tensor,
    ones,
    zeros,
    full,
    eye,
    arange,
    linspace,
    rand,
    randn,
    randint,
    randperm,
    ones_like,
    zeros_like,
    full_like,
    rand_like,
    randn_like,
  ].map(withDtype),
  elementwise: withOpFunctions([add, sub, square, leaky_relu, softplus, gelu, round, clamp, where]),
  reductions: [sum, mean, prod, max, min, amax, amin, all, any, argmax, argmin, norm, var_, std, logsumexp, softmax, log_softmax, cumsum],
  shape: [
    reshape,
    view,
    flatten,
    squeeze,
    unsqueeze,
    transpose,
    t,
    permute,
    cat,
    stack,
    broadcast_to,
    numel,
    shape,
    size,
    dim,
    clone,
    tolist,
    float,
    item,
    index_select,
  ],
  linalg: [matmul, mm, mv, dot, outer, linear],
  losses: [mse_loss, l1_loss, smooth_l1_loss, binary_cross_entropy, binary_cross_entropy_with_logits, cross_entropy, nll_loss],
  autograd: [
    form('grad'),
    form('backward'),
    form('no_grad'),
    form('enable_grad'),
    detach,
    requires_grad_,
    gradfn,
    jacobian,
    hessian,
    vjp,
    jvp,
    hvp,
    vhp,
    customgrad,
    clip_grad_norm,
    clip_grad_value,
    train,
  ],
  control: [form('if'), form('let'), while_, repeat, tuple],
};

export const FUNCTIONS: readonly RegisteredFunction[] = GROUPS.flatMap(({ id }) => BY_GROUP[id].map((f) => ({ ...f, group: id })));

let byName: Map<string, RegisteredFunction> | null = null;

/** Every function's name, as the registry spells it. */
export const functionNames = (): string[] => FUNCTIONS.map((f) => f.name);

/** The function a user's name means, case-insensitively; undefined for an unknown name. */
export function lookupFunction(name: string): RegisteredFunction | undefined {
  byName ??= new Map(FUNCTIONS.map((f) => [f.name.toLowerCase(), f]));
  return byName.get(name.toLowerCase());
}
