#!/usr/bin/env python3
"""Generates cli/golden/torch-cases.json: workbooks of ours beside the values real PyTorch gives for the
same computation (float64). Each case is a sheet's cells and the PyTorch code that computes the cells we
check. Run with a Python that has torch (Debian's python3-torch):

    /usr/bin/python3 cli/golden/torch-cases.py > cli/golden/torch-cases.json

The cases of pytorch-cases.json (the product's shared golden set) have their own generator,
cli/golden/pytorch-cases.py; these are the ones we add as we find differences from PyTorch.
"""
import math
import pathlib
import re
import sys

import torch

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "scripts"))
from torch_json import cell, dump, seeded, tuple_cell  # noqa: E402

torch.set_default_dtype(torch.float64)


CASES = []


def case(id, title, cells, names=None):
    """Registers a case; the decorated function returns {cell: expected JSON}."""

    def register(compute):
        CASES.append(
            {
                "id": id,
                "title": title,
                "source": "cli/golden/torch-cases.py",
                "workbook": {
                    "format": "gradsheet",
                    "version": 1,
                    "seed": 0,
                    "sheets": [{"name": "Sheet1", "cells": cells}],
                    "names": names or {},
                    "charts": [],
                },
                "expect": {f"Sheet1!{k}": v for k, v in compute().items()},
                "rtol": 1e-9,
                "atol": 1e-12,
            }
        )
        return compute

    return register


@case("std-constant-grad", "the gradient of std is 0 where the deviation is 0 (std_backward masks it)",
      {"A1": "=[2, 2, 2]", "A2": "=grad(std(A1), A1)", "B1": "=[[2, 2], [1, 3]]", "B2": "=grad(std(B1, dim=1), B1, [1, 1])"})
def _():
    x = torch.tensor([2.0, 2.0, 2.0], requires_grad=True)
    m = torch.tensor([[2.0, 2.0], [1.0, 3.0]], requires_grad=True)
    return {
        "A2": cell(torch.autograd.grad(x.std(), x)[0], flags=False),
        "B2": cell(torch.autograd.grad(m.std(dim=1), m, torch.ones(2))[0], flags=False),
    }


@case("rsub-grad-fn", "a number minus a tensor is x.__rsub__: RsubBackward1; a tensor minus a number is SubBackward0",
      {"A1": "=ones(2, requires_grad=true)", "A2": "=1 - A1", "A3": "=A1 - 1", "A4": "=-2.5 - A1 * 3"})
def _():
    x = torch.ones(2, requires_grad=True)
    return {"A2": cell(1 - x), "A3": cell(x - 1), "A4": cell(-2.5 - x * 3)}


@case("reflected-grad-fn", "a number on the left is Python's reflected operator: 2 / x is MulBackward0, 2 ** x PowBackward1",
      {"A1": "=ones(2, requires_grad=true) * 3", "A2": "=2 / A1", "A3": "=2 ** A1", "A4": "=A1 / 2", "A5": "=A1 ** 2", "A6": "=grad(sum(2 / A1 + 2 ** A1), A1)"})
def _():
    x = torch.ones(2, requires_grad=True) * 3
    return {"A2": cell(2 / x), "A3": cell(2 ** x), "A4": cell(x / 2), "A5": cell(x ** 2),
            "A6": cell(torch.autograd.grad((2 / x + 2 ** x).sum(), x)[0])}


@case("grad-named-range", "grad with respect to a workbook name for a range differentiates each cell, as the inline range does",
      {"A1": "1", "B1": "2", "C1": "=sum(R ** 3)", "C2": "=grad(C1, R)", "C3": "=grad(C1, A1:B1)"}, names={"R": "Sheet1!A1:B1"})
def _():
    r = torch.tensor([[1.0, 2.0]], requires_grad=True)
    g = torch.autograd.grad((r ** 3).sum(), r)[0]
    return {"C2": cell(g, flags=False), "C3": cell(g, flags=False)}


@case("relu-nan-grad", "relu passes the upstream through at a NaN input (threshold_backward: out <= 0 ? 0 : g)",
      {"A1": "=[0 / 0, 1, -1, 0]", "A2": "=grad(relu(A1), A1, [1, 1, 1, 1])"})
def _():
    x = torch.tensor([math.nan, 1.0, -1.0, 0.0], requires_grad=True)
    return {"A2": cell(torch.autograd.grad(torch.relu(x), x, torch.ones(4))[0], flags=False)}


@case("clip-grad-value-tuple", "clip_grad_value clips a tuple of gradients item by item, as clip_grad_value_ over parameters",
      {"A1": "=clip_grad_value(tuple([0.9, -2.4], [[3, -0.2]]), 1)"})
def _():
    a = torch.nn.Parameter(torch.zeros(2))
    b = torch.nn.Parameter(torch.zeros(1, 2))
    a.grad = torch.tensor([0.9, -2.4])
    b.grad = torch.tensor([[3.0, -0.2]])
    torch.nn.utils.clip_grad_value_([a, b], 1)
    return {"A1": tuple_cell([a.grad, b.grad], flags=False)}


@case("gradient-display", "a gradient shows requires_grad=False and no grad_fn, as create_graph=False does; create_graph=True shows its grad_fn",
      {"A1": "=ones(2, requires_grad=true) * 2", "A2": "=grad(sum(A1 ** 3), A1)", "A3": "=grad(sum(A1 ** 3), A1, create_graph=true)",
       "A4": "=torch.autograd.grad(sum(A1 ** 2), inputs=A1, retain_graph=True)", "A5": "=grad(A1 ** 2, A1, grad_outputs=[1., .5], create_graph=True)",
       "B1": "=ones(2, requires_grad=True)", "B2": "=backward(sum(B1 * 3))", "B3": "=B1.grad"})
def _():
    x = (torch.ones(2, requires_grad=True) * 2)
    b = torch.ones(2, requires_grad=True)
    (b * 3).sum().backward()
    return {
        "A2": cell(torch.autograd.grad((x ** 3).sum(), x)[0]),
        "A3": cell(torch.autograd.grad((x ** 3).sum(), x, create_graph=True)[0]),
        "A4": cell(torch.autograd.grad((x ** 2).sum(), inputs=x, retain_graph=True)[0]),
        "A5": cell(torch.autograd.grad(x ** 2, x, grad_outputs=torch.tensor([1.0, 0.5]), create_graph=True)[0]),
        "B3": cell(b.grad),
    }


@case("tuple-literals", "tuples as Python writes them: (a, b), (a,), nested, indexed, and as the functional API's inputs",
      {"A1": "=(torch.tensor([1., 2.]), 3.)", "A2": "=(torch.ones(2, 2),)", "A3": "=((1., 2.), .5)[0][1]",
       "A4": "=torch.autograd.functional.jacobian(lambda_mul, (torch.tensor(2.), torch.tensor(3.)))",
       "B1": "=(a, b) => a * b", "A5": "=torch.stack((torch.ones(2), torch.zeros(2)))"},
      names={"lambda_mul": "Sheet1!B1"})
def _():
    jac = torch.autograd.functional.jacobian(lambda a, b: a * b, (torch.tensor(2.0), torch.tensor(3.0)))
    return {
        "A1": tuple_cell([torch.tensor([1.0, 2.0]), torch.tensor(3.0)]),
        "A2": tuple_cell([torch.ones(2, 2)]),
        "A3": cell(((torch.tensor(1.0), torch.tensor(2.0)), torch.tensor(0.5))[0][1]),
        "A4": tuple_cell(list(jac), flags=False),
        "A5": cell(torch.stack((torch.ones(2), torch.zeros(2)))),
    }


SEEDED_SIZES = [(1,), (3,), (15,), (16,), (17,), (100,), (3, 7)]


def seeded_by(draw):
    """`draw` taking the seed first: what `torch.manual_seed(seed)` followed by `draw(*args)` gives."""
    return lambda seed, *args: seeded(seed, lambda: draw(*args))


def sizes_formula(shape):
    return ", ".join(str(n) for n in shape)


def seeded_case(fn, formula, draw):
    """One case per function: a cell per size of SEEDED_SIZES, each with its own seed."""
    cells = {f"A{i + 1}": formula(shape, 10 + i) for i, shape in enumerate(SEEDED_SIZES)}

    @case(f"{fn}-seed", f"{fn} with seed= draws what torch.manual_seed(seed) then torch.{fn} draws (SPEC 11)", cells)
    def _():
        return {f"A{i + 1}": cell(seeded_by(draw)(10 + i, shape)) for i, shape in enumerate(SEEDED_SIZES)}


seeded_case("rand", lambda shape, seed: f"=rand({sizes_formula(shape)}, seed={seed})", torch.rand)
seeded_case("randn", lambda shape, seed: f"=randn({sizes_formula(shape)}, seed={seed})", torch.randn)
seeded_case("rand_like", lambda shape, seed: f"=rand_like(zeros({sizes_formula(shape)}), seed={seed})",
            lambda shape: torch.rand_like(torch.zeros(shape)))
seeded_case("randn_like", lambda shape, seed: f"=randn_like(zeros({sizes_formula(shape)}), seed={seed})",
            lambda shape: torch.randn_like(torch.zeros(shape)))


def integer_cell(t):
    """randint and randperm give int64; the sheet holds the same whole numbers in float64 (SPEC 10)."""
    return cell(t.to(torch.float64))


@case("dtype-keyword", "dtype=: float64 as is, integer dtypes whole (arange counting in them), torch.bool boolean, float32 in float64",
      {"A1": "=torch.arange(5, dtype=torch.long)", "A2": "=torch.arange(0.5, 3, 1, dtype=torch.long)", "A3": "=torch.tensor([1.7, -1.7], dtype=torch.int64)",
       "A4": "=torch.linspace(0, 1, 5, dtype=torch.long)", "A5": "=torch.full((2,), 2.7, dtype=torch.int32)", "A6": "=torch.zeros(2, dtype=torch.bool)",
       "A7": "=torch.ones(2, 2, dtype=torch.float64)", "A8": "=torch.ones(3, dtype=torch.float32) / 3"})
def _():
    return {
        "A1": integer_cell(torch.arange(5, dtype=torch.long)),
        "A2": integer_cell(torch.arange(0.5, 3, 1, dtype=torch.long)),
        "A3": integer_cell(torch.tensor([1.7, -1.7], dtype=torch.int64)),
        "A4": integer_cell(torch.linspace(0, 1, 5, dtype=torch.long)),
        "A5": integer_cell(torch.full((2,), 2.7, dtype=torch.int32)),
        "A6": {"kind": "bool", "shape": [2], "value": [False, False]},
        "A7": cell(torch.ones(2, 2, dtype=torch.float64)),
        # The sheet computes float32 in float64 (with a note): the values are float64's.
        "A8": cell(torch.ones(3, dtype=torch.float64) / 3),
    }


@case("t-all-any", "x.t() transposes a matrix (TBackward0); all and any reduce to booleans, over dims too",
      {"A1": "=torch.ones(2, 3, requires_grad=True) * 2", "A2": "=A1.t()", "A3": "=torch.tensor([3., 4.]).t()",
       "A4": "=torch.tensor([[1., 0.], [1., 1.]]).all()", "A5": "=torch.tensor([[1., 0.], [1., 1.]]).all(dim=1)",
       "A6": "=torch.tensor([[0., 0.], [0., 2.]]).any(dim=0)", "A7": "=torch.eq(A1, 2).all()"})
def _():
    x = torch.ones(2, 3, requires_grad=True) * 2
    m = torch.tensor([[1.0, 0.0], [1.0, 1.0]])
    z = torch.tensor([[0.0, 0.0], [0.0, 2.0]])
    b = lambda t: {"kind": "bool", "shape": list(t.shape), "value": t.tolist()}
    return {"A2": cell(x.t()), "A3": cell(torch.tensor([3.0, 4.0]).t()), "A4": b(m.all()), "A5": b(m.all(dim=1)),
            "A6": b(z.any(dim=0)), "A7": b(torch.eq(x, 2).all())}


@case("randint-seed", "randint with seed= draws torch.randint's numbers: 32-bit draws, 64-bit ones from a range of 2**32",
      {"A1": "=randint(10, [17], seed=0)", "A2": "=randint(-3, 7, [3, 7], seed=1)", "A3": "=randint(0, 2 ** 40, [16], seed=2)",
       "A4": "=randint(5, [1], seed=3)", "A5": "=randint(0, 100, [100], seed=4)"})
def _():
    r = seeded_by(torch.randint)
    return {"A1": integer_cell(r(0, 10, (17,))), "A2": integer_cell(r(1, -3, 7, (3, 7))), "A3": integer_cell(r(2, 0, 2**40, (16,))),
            "A4": integer_cell(r(3, 5, (1,))), "A5": integer_cell(r(4, 0, 100, (100,)))}


@case("randperm-seed", "randperm with seed= gives torch.randperm's order",
      {"A1": "=randperm(1, seed=0)", "A2": "=randperm(3, seed=1)", "A3": "=randperm(16, seed=2)", "A4": "=randperm(17, seed=3)",
       "A5": "=randperm(100, seed=4)"})
def _():
    r = seeded_by(torch.randperm)
    return {f"A{i + 1}": integer_cell(r(i, n)) for i, n in enumerate([1, 3, 16, 17, 100])}



def refused(compute, code="#VALUE!"):
    """PyTorch raises for `compute`: the sheet's cell is an error value with `code` (PyTorch's message kept beside it)."""
    try:
        compute()
    except (TypeError, RuntimeError, IndexError, ValueError) as e:
        return {"kind": "error", "code": code, "torch": f"{type(e).__name__}: {str(e).splitlines()[0]}"}
    raise AssertionError("PyTorch accepted what the case says it refuses")


@case("index-tensor-values", "an index tensor must hold whole numbers (PyTorch: long tensors); one holding 0.5 is refused",
      {"A1": "=[10, 20, 30][[0.5, 1]]", "A2": "=[10, 20, 30][ones(2, 2)]", "A3": "=[10, 20, 30][[2, 0]]"})
def _():
    x = torch.tensor([10.0, 20.0, 30.0])
    return {
        "A1": refused(lambda: x[torch.tensor([0.5, 1.0])]),
        # The sheet's long tensors are float64 holding whole numbers (SPEC 10): ones(2, 2) indexes as a long one.
        "A2": cell(x[torch.ones(2, 2).long()], flags=False),
        "A3": cell(x[torch.tensor([2, 0])], flags=False),
    }


@case("grad-of-grad", "x.grad.grad is None in PyTorch: the sheet refuses it (#GRAD!), while x.grad is the accumulated gradient",
      {"A1": "=tensor([1, 2], requires_grad=true)", "A2": "=backward(sum(A1 ** 2))", "A3": "=A1.grad", "A4": "=A1.grad.grad"})
def _():
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    (x ** 2).sum().backward()
    assert x.grad.grad is None
    return {"A3": cell(x.grad, flags=False), "A4": {"kind": "error", "code": "#GRAD!"}}


def anomaly_origin(y, x, v):
    """The backward function PyTorch's anomaly mode names for the NaN that y's backward makes."""
    with torch.autograd.detect_anomaly():
        try:
            torch.autograd.grad(y(x), x, v)
        except RuntimeError as e:
            return re.search(r"Function '(\w+)' returned nan", str(e)).group(1)
    raise AssertionError("no NaN in the backward pass")


ORIGIN_CASES = [
    # the sheet's formula of x (a cell holding x0), x0, the same function in PyTorch
    ("=grad(sqrt({x}), {x}, 0)", 0.0, torch.sqrt),
    ("=grad(log({x}), {x}, 0)", 0.0, torch.log),
    ("=grad(log1p({x}), {x}, 0)", -1.0, torch.log1p),
    ("=grad({x} / 0, {x}, 0)", 1.0, lambda x: x / 0),
    ("=grad({x} ** 0.5, {x}, 0)", 0.0, lambda x: x ** 0.5),
]


@case("nonfinite-backward-origin", "a NaN made inside a backward rule names that rule, as PyTorch's anomaly mode does (SqrtBackward0, not div)",
      {**{f"A{i + 1}": str(x0) for i, (_, x0, _) in enumerate(ORIGIN_CASES)},
       **{f"B{i + 1}": formula.format(x=f"A{i + 1}") for i, (formula, _, _) in enumerate(ORIGIN_CASES)}})
def _():
    out = {}
    for i, (_, x0, f) in enumerate(ORIGIN_CASES):
        x = torch.tensor(x0, requires_grad=True)
        g = torch.autograd.grad(f(x), x, torch.tensor(0.0))[0]
        out[f"B{i + 1}"] = {**cell(g, flags=False), "nonfinite": {"op": anomaly_origin(f, x, torch.tensor(0.0))}}
    return out


@case("reduce-empty-dim", "dim=[] reduces every dim, as PyTorch reads it, with the grad_fn of the dim form",
      {"A1": "=tensor([[1, 2], [3, 4]], requires_grad=true)", "B1": "=sum(A1, dim=[])", "B2": "=mean(A1, dim=[])",
       "B3": "=amax(A1, dim=[], keepdim=true)", "B4": "=amin(A1, dim=[])", "B5": "=norm(A1, dim=[])", "B6": "=var(A1, dim=[])",
       "B7": "=std(A1, dim=[], keepdim=true)"})
def _():
    x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
    return {"B1": cell(x.sum(dim=[])), "B2": cell(x.mean(dim=[])), "B3": cell(x.amax(dim=[], keepdim=True)),
            "B4": cell(x.amin(dim=[])), "B5": cell(torch.linalg.vector_norm(x, dim=[])), "B6": cell(x.var(dim=[])),
            "B7": cell(x.std(dim=[], keepdim=True))}


@case("argument-refusals", "what PyTorch's argument parser refuses is an error value: a flag of 0.5, None for a tensor, a float dim",
      {"A1": "=sum([[1, 2]], 0, keepdim=0.5)", "A2": "=abs(None)", "A3": "=cumsum([1, 2], 0.5)", "A4": "=ones(2, requires_grad=2)"})
def _():
    x = torch.tensor([[1.0, 2.0]])
    return {"A1": refused(lambda: torch.sum(x, 0, keepdim=0.5)), "A2": refused(lambda: torch.abs(None)),
            "A3": refused(lambda: torch.cumsum(torch.tensor([1.0, 2.0]), 0.5)), "A4": refused(lambda: torch.ones(2, requires_grad=2))}


@case("clip-grad-norm-bounds", "clip_grad_norm with max_norm 0 zeroes the gradients and with inf leaves them (a negative one is refused)",
      {"A1": "=clip_grad_norm([3, 4], 0)", "A2": "=clip_grad_norm([3, 4], inf)", "A3": "=clip_grad_norm(tuple([3, 4], [12]), 6.5)"})
def _():
    def clipped(grads, max_norm):
        params = [torch.nn.Parameter(torch.zeros_like(g)) for g in grads]
        for p, g in zip(params, grads):
            p.grad = g.clone()
        torch.nn.utils.clip_grad_norm_(params, max_norm)
        return [p.grad for p in params]
    return {"A1": cell(clipped([torch.tensor([3.0, 4.0])], 0)[0], flags=False),
            "A2": cell(clipped([torch.tensor([3.0, 4.0])], math.inf)[0], flags=False),
            "A3": tuple_cell(clipped([torch.tensor([3.0, 4.0]), torch.tensor([12.0])], 6.5), flags=False)}

if __name__ == "__main__":
    print(dump({"generator": f"PyTorch {torch.__version__}, float64", "cases": CASES}))
