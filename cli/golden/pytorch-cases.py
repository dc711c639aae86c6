#!/usr/bin/env python3
"""Generates cli/golden/pytorch-cases.json: the product's shared golden set (the five PyTorch autograd
tutorials rebuilt formula for formula, the seed* cases, and the extra-* cases that pin down broadcasting,
reductions, indexing, kinks, non-finite values, control flow, the functional API and errors), each workbook
beside the values real PyTorch gives for the same computation in float64. Run with a Python that has torch
(Debian's python3-torch, PyTorch 1.13):

    /usr/bin/python3 cli/golden/pytorch-cases.py > cli/golden/pytorch-cases.json

The file was first copied in from the shared set, whose generator was not kept; this one reproduces it byte
for byte (its "generator" field names the PyTorch that ran). The tutorials' random tensors are drawn as they
draw them, from the seeds found for them (torch.manual_seed 1, 42 and 3), and written into the formulas with
Python's repr, so a formula holds exactly the double PyTorch used. An error case's code is the sheet's
(SPEC section 6): PyTorch raises there, or the sheet's rule (a cycle, an unknown name) has no PyTorch twin.
The file is long because it is the 36 cases, each a formula list beside the PyTorch lines it mirrors.
"""
import json
import pathlib
import sys

import torch
import torch.nn.functional as F

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "scripts"))
from torch_json import cell, doubling, dump, seeded, tuple_cell  # noqa: E402

torch.set_default_dtype(torch.float64)

# The tutorial each seed* case rebuilds, by its index in the shared set.
SOURCES = ["000_264b79f30b45e916.txt", "001_6571c4511009a236.txt", "002_4137f8efa630842c.txt",
           "003_e0195ff7fe7d9163.txt", "004_40b583133c71f3d9.txt"]

CASES = []


def case(id, title, cells=None, names=None, rtol=1e-6):
    """Registers a case. The decorated function returns {cell: expected JSON} in the order to check them,
    or, when `cells` is None because the formulas hold drawn values, the pair (cells, expected)."""

    def register(compute):
        result = compute()
        formulas, expect = (cells, result) if cells is not None else result
        CASES.append({
            "id": id,
            "title": title,
            "source": SOURCES[int(id[4:7])] if id.startswith("seed") else "extra",
            "workbook": {
                "format": "gradsheet",
                "version": 1,
                "seed": 0,
                "sheets": [{"name": "Sheet1", "cells": formulas}],
                "names": {k: f"Sheet1!{v}" for k, v in (names or {}).items()},
                "charts": [],
            },
            "expect": {f"Sheet1!{k}": v for k, v in expect.items()},
            "rtol": rtol,
            "atol": 1e-9,
        })
        return compute

    return register


def literal(t):
    """A tensor's values as a formula writes them: nested lists of Python's repr of each double."""
    return json.dumps(t.tolist())


def grad(y, x, v=None, create_graph=False):
    """torch.autograd.grad's one gradient. The graph is kept, as a sheet keeps every cell's for the next grad."""
    return torch.autograd.grad(y, x, v, retain_graph=True, create_graph=create_graph)[0]


def text(value):
    return {"kind": "text", "value": value}


def error(code):
    return {"kind": "error", "code": code}


def raises(compute, code):
    """The sheet's error code for a computation PyTorch refuses (and checks that it does)."""
    try:
        compute()
    except (RuntimeError, ValueError):
        return error(code)
    raise AssertionError(f"PyTorch accepted what the case expects {code} for")


@case("seed000-mean-of-3y2", "x=ones(2,2); y=x+2; z=3*y*y; j=z.mean(); dj/dx is 4.5",
      {"A1": "=ones(2, 2, requires_grad=true)", "A2": "=x + 2", "A3": "=3 * y * y", "A4": "=z.mean()", "A5": "=grad(j, x)",
       "A6": "=grad(z, x, [[0.25, 0.5], [0.75, 1.0]])"}, names={"x": "A1", "y": "A2", "z": "A3", "j": "A4"})
def _():
    x = torch.ones(2, 2, requires_grad=True)
    y = x + 2
    z = 3 * y * y
    j = z.mean()
    return {"A1": cell(x), "A2": cell(y), "A3": cell(z), "A4": cell(j), "A5": cell(grad(j, x), flags=False),
            "A6": cell(grad(z, x, torch.tensor([[0.25, 0.5], [0.75, 1.0]])), flags=False)}


@case("seed000-while-doubling", "y doubles while norm(y) < 1000; backward with weights [0.1, 1, 0.0001]",
      {"A1": "=tensor([0.3, -1.2, 0.07], requires_grad=true)", "A2": "=while(A1 * 2, y => y.norm() < 1000, y => y * 2)",
       "A3": "=grad(A2, A1, [0.1, 1.0, 0.0001])"})
def _():
    x = torch.tensor([0.3, -1.2, 0.07], requires_grad=True)
    y = doubling(x)
    return {"A2": cell(y, flags=False), "A3": cell(grad(y, x, torch.tensor([0.1, 1.0, 0.0001])), flags=False)}


@case("seed000-requires-grad-flags", "requires_grad_ on and off; no_grad stops tracking",
      {"A1": "=[[0.5, -1.5], [2.0, 0.25]]", "A2": "=requires_grad_(A1, false)", "A3": "=requires_grad_(A1)", "A4": "=A3 ** 2",
       "A5": "=no_grad(A3 ** 2)"})
def _():
    a = torch.tensor([[0.5, -1.5], [2.0, 0.25]])
    off = a.clone().requires_grad_(False)
    on = a.clone().requires_grad_()
    with torch.no_grad():
        untracked = on ** 2
    return {"A2": cell(off, flags="requires_grad"), "A3": cell(on), "A4": cell(on ** 2), "A5": cell(untracked)}



@case("seed001-bce-logits", "z = x @ w + b; binary_cross_entropy_with_logits; gradients of w and b",
      names={"x": "A1", "y": "A2", "w": "A3", "b": "A4", "z": "A5", "loss": "A6"})
def _():
    # The tutorial's w = torch.randn(5, 3) and b = torch.randn(3), drawn after torch.manual_seed(1).
    w, b = seeded(1, lambda: (torch.randn(5, 3), torch.randn(3)))
    cells = {"A1": "=ones(5)", "A2": "=zeros(3)", "A3": f"=tensor({literal(w)}, requires_grad=true)",
             "A4": f"=tensor({literal(b)}, requires_grad=true)", "A5": "=matmul(x, w) + b",
             "A6": "=binary_cross_entropy_with_logits(z, y)", "A7": "=grad(loss, w)", "A8": "=grad(loss, b)", "A9": "=z.detach()",
             "A10": "=no_grad(matmul(x, w) + b)"}
    x, y = torch.ones(5), torch.zeros(3)
    w.requires_grad_()
    b.requires_grad_()
    z = torch.matmul(x, w) + b
    loss = F.binary_cross_entropy_with_logits(z, y)
    with torch.no_grad():
        untracked = torch.matmul(x, w) + b
    return cells, {"A5": cell(z), "A6": cell(loss), "A7": cell(grad(loss, w), flags=False),
                   "A8": cell(grad(loss, b), flags=False), "A9": cell(z.detach()), "A10": cell(untracked)}


@case("seed002-sum-of-3y2", "y=x+2; z=y*y*3; t=z.sum(); dt/dx",
      {"A1": "=tensor([0.8, -0.4, 1.7, 0.05], requires_grad=true)", "A2": "=A1 + 2", "A3": "=A2 * A2 * 3", "A4": "=A3.sum()",
       "A5": "=grad(A4, A1)", "A6": "=gradfn(A4)"})
def _():
    x = torch.tensor([0.8, -0.4, 1.7, 0.05], requires_grad=True)
    y = x + 2
    z = y * y * 3
    t = z.sum()
    return {"A2": cell(y), "A3": cell(z), "A4": cell(t), "A5": cell(grad(t, x), flags=False), "A6": text(type(t.grad_fn).__name__)}


@case("seed002-exp-2x2-sinx", "f = exp(2*x^2*sin(x)) on linspace(-2, 2, 25), with intermediate cells; df/dx",
      {"A1": "=linspace(-2, 2, 25, requires_grad=true)", "A2": "=A1 ** 2", "A3": "=2 * A2", "A4": "=sin(A1)", "A5": "=A3 * A4",
       "A6": "=exp(A5)", "A7": "=grad(sum(A6), A1)", "A8": "=grad(A6, A1, ones_like(A6))"}, rtol=1e-9)
def _():
    x = torch.linspace(-2, 2, 25, requires_grad=True)
    f = torch.exp(2 * x ** 2 * torch.sin(x))
    return {"A1": cell(x), "A6": cell(f), "A7": cell(grad(f.sum(), x), flags=False),
            "A8": cell(grad(f, x, torch.ones_like(f)), flags=False)}


@case("seed002-no-grad", "no_grad as a block and as a decorated function",
      {"A1": "=ones(2, 3, requires_grad=true) * 2", "A2": "=ones(2, 3, requires_grad=true) * 3", "A3": "=A1 + A2", "A4": "=no_grad(A1 + A2)",
       "A5": "=A1 * A2", "A6": "=(p, q) => no_grad(p + q)", "A7": "=A6(A1, A2)", "A8": "=enable_grad(A1 + A2)"})
def _():
    x = torch.ones(2, 3, requires_grad=True) * 2
    y = torch.ones(2, 3, requires_grad=True) * 3

    @torch.no_grad()
    def doubler(p, q):
        return p + q

    with torch.no_grad():
        untracked = x + y
        with torch.enable_grad():
            tracked = x + y
    return {"A3": cell(x + y), "A4": cell(untracked), "A5": cell(x * y), "A7": cell(doubler(x, y)), "A8": cell(tracked)}


@case("seed002-detach", "detach shares the values and drops the history",
      {"A1": "=tensor([0.0737, 0.8558, 0.6912, 0.8008, 0.499], requires_grad=true)", "A2": "=A1.detach()", "A3": "=grad(sum(A2 * A1), A1)"})
def _():
    x = torch.tensor([0.0737, 0.8558, 0.6912, 0.8008, 0.499], requires_grad=True)
    d = x.detach()
    return {"A1": cell(x), "A2": cell(d), "A3": cell(grad((d * x).sum(), x), flags=False)}


@case("seed002-doubling-vjp", "vector-Jacobian product through a data-dependent loop",
      {"A1": "=tensor([-1.1892156, 0.9895829, 0.1002688], requires_grad=true)", "A2": "=while(A1 * 2, y => norm(y) < 1000, y => y * 2)",
       "A3": "=grad(A2, A1, [1.0, 1.0, 0.0001])", "A4": "=grad(A2, A1)"})
def _():
    x = torch.tensor([-1.1892156, 0.9895829, 0.1002688], requires_grad=True)
    y = doubling(x)
    # grad of a non-scalar without an upstream tensor: "grad can be implicitly created only for scalar outputs".
    return {"A2": cell(y, flags=False), "A3": cell(grad(y, x, torch.tensor([1.0, 1.0, 0.0001])), flags=False),
            "A4": raises(lambda: grad(y, x), "#GRAD!")}


@case("seed002-x2-plus-sqrt", "f = x**2 + sqrt(x) on arange(1, 1.8, 0.1); df/dx = 2x + 0.5/sqrt(x)",
      {"A1": "=arange(1, 1.8, 0.1, requires_grad=true)", "A2": "=A1 ** 2 + sqrt(A1)", "A3": "=grad(A2, A1, ones(A2.shape))"})
def _():
    x = torch.arange(1, 1.8, 0.1, requires_grad=True)
    f = x ** 2 + torch.sqrt(x)
    return {"A1": cell(x), "A2": cell(f), "A3": cell(grad(f, x, torch.ones(f.shape)), flags=False)}


def exp_adder(x, y):
    return 2 * x.exp() + 3 * y


@case("seed002-functional-api", "jacobian and hessian of exp_adder(x, y) = 2*exp(x) + 3*y",
      {"A1": "=(x, y) => 2 * x.exp() + 3 * y", "A2": "=jacobian(A1, tuple([0.4438], [0.8725]))",
       "A3": "=jacobian(A1, tuple([0.1464, 0.2125, 0.7914], [0.9378, 0.466, 0.1729]))", "A4": "=hessian(A1, tuple([0.8534], [0.0284]))",
       "A5": "=A3[0]"})
def _():
    from torch.autograd.functional import hessian, jacobian
    small = jacobian(exp_adder, (torch.tensor([0.4438]), torch.tensor([0.8725])))
    wide = jacobian(exp_adder, (torch.tensor([0.1464, 0.2125, 0.7914]), torch.tensor([0.9378, 0.466, 0.1729])))
    h = hessian(lambda x, y: exp_adder(x, y).sum(), (torch.tensor([0.8534]), torch.tensor([0.0284])))
    return {"A2": tuple_cell(small, flags=False), "A3": tuple_cell(wide, flags=False),
            "A4": tuple_cell([tuple_cell(row, flags=False) for row in h]), "A5": cell(wide[0], flags=False)}


@case("seed002-vjp", "torch.autograd.functional.vjp of a looping function",
      {"A1": "=x => while(x * 2, y => norm(y) < 1000, y => y * 2)", "A2": "=vjp(A1, [0.8169, -0.058, 0.1114], [0.1, 1.0, 0.0001])"})
def _():
    out = torch.autograd.functional.vjp(doubling, torch.tensor([0.8169, -0.058, 0.1114]), torch.tensor([0.1, 1.0, 0.0001]))
    return {"A2": tuple_cell(out, flags=False)}


@case("seed002-profiler-loop", "z = (z / x) * y repeated 1000 times, differentiated through every step", rtol=1e-8)
def _():
    # The tutorial's x = torch.rand(2, 3) + 0.5 after torch.manual_seed(3), and y within 0.1% of it.
    x = seeded(3, lambda: torch.rand(2, 3) + 0.5)
    y = x * (1 + (torch.rand(2, 3) - 0.5) * 0.002)
    cells = {"A1": f"=tensor({literal(x)}, requires_grad=true)", "A2": f"=tensor({literal(y)}, requires_grad=true)",
             "A3": "=ones(2, 3, requires_grad=true)", "A4": "=repeat(1000, A3, z => (z / A1) * A2)", "A5": "=grad(sum(A4), A1)",
             "A6": "=grad(sum(A4), A2)"}
    x.requires_grad_()
    y.requires_grad_()
    z = torch.ones(2, 3, requires_grad=True)
    for _ in range(1000):
        z = (z / x) * y
    return cells, {"A4": cell(z, flags=False), "A5": cell(grad(z.sum(), x), flags=False),
                   "A6": cell(grad(z.sum(), y), flags=False)}


@case("seed003-chain-rule", "z = 2y + 3, y = x^2: dz/dx = 4x = 8",
      {"A1": "=tensor([2.0], requires_grad=true)", "A2": "=A1 ** 2", "A3": "=2 * A2 + 3", "A4": "=grad(A3, A1)"})
def _():
    x = torch.tensor([2.0], requires_grad=True)
    y = x ** 2
    z = 2 * y + 3
    return {"A2": cell(y), "A3": cell(z), "A4": cell(grad(z, x, torch.ones(1)), flags=False)}


@case("seed003-scalar-and-vector", "sum gives ones; x**2 with upstream ones gives 2x",
      {"A1": "=tensor([1.0, 2.0, 3.0], requires_grad=true)", "A2": "=grad(A1.sum(), A1)", "A3": "=grad(A1 ** 2, A1, ones_like(A1 ** 2))"})
def _():
    x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    return {"A2": cell(grad(x.sum(), x), flags=False), "A3": cell(grad(x ** 2, x, torch.ones_like(x ** 2)), flags=False)}


@case("seed003-mse", "mse_loss and its gradient",
      {"A1": "=tensor([0.1, 0.9, 0.2], requires_grad=true)", "A2": "=[0.0, 1.0, 0.0]", "A3": "=mse_loss(A1, A2)", "A4": "=grad(A3, A1)"})
def _():
    x = torch.tensor([0.1, 0.9, 0.2], requires_grad=True)
    loss = F.mse_loss(x, torch.tensor([0.0, 1.0, 0.0]))
    return {"A3": cell(loss), "A4": cell(grad(loss, x), flags=False)}


@case("seed003-accumulation", "two backward roots accumulate into x.grad: 2 + 3 = 5",
      {"A1": "=tensor([1.0], requires_grad=true)", "A2": "=backward(A1 ** 2)", "A3": "=backward(A1 ** 3)", "A4": "=A1.grad"})
def _():
    x = torch.tensor([1.0], requires_grad=True)
    (x ** 2).backward()
    (x ** 3).backward()
    return {"A4": cell(x.grad, flags=False)}


@case("seed003-simple-net", "Linear(4,3) -> relu -> Linear(3,1); |out - target|; parameter gradients")
def _():
    # The tutorial's nn.Linear(4, 3), nn.Linear(3, 1) and torch.randn(4) input, after torch.manual_seed(42).
    first, second, x = seeded(42, lambda: (torch.nn.Linear(4, 3), torch.nn.Linear(3, 1), torch.randn(4)))
    params = [first.weight, first.bias, second.weight, second.bias]
    cells = {f"A{i + 1}": f"=tensor({literal(p.detach())}, requires_grad=true)" for i, p in enumerate(params)}
    cells.update({"A5": f"={literal(x)}", "A6": "=linear(relu(linear(A5, A1, A2)), A3, A4)", "A7": "=abs(A6 - [1.0])",
                  "B1": "=grad(A7, A1)", "B2": "=grad(A7, A2)", "B3": "=grad(A7, A3)", "B4": "=grad(A7, A4)"})
    out = second(torch.relu(first(x)))
    loss = (out - torch.tensor([1.0])).abs()
    grads = torch.autograd.grad(loss, params, torch.ones(1))
    return cells, {"A6": cell(out, flags=False), "A7": cell(loss, flags=False),
                   **{f"B{i + 1}": cell(g, flags=False) for i, g in enumerate(grads)}}


@case("seed003-higher-order", "first and second derivative of x^3 at 2",
      {"A1": "=tensor([2.0], requires_grad=true)", "A2": "=A1 ** 3", "A3": "=grad(A2, A1)", "A4": "=grad(A3, A1)",
       "A5": "=grad(grad(grad(A2, A1), A1), A1)"})
def _():
    x = torch.tensor([2.0], requires_grad=True)
    y = x ** 3
    one = torch.ones(1)
    first = grad(y, x, one, create_graph=True)
    second = grad(first, x, one, create_graph=True)
    third = grad(second, x, one)
    return {"A3": cell(first, flags=False), "A4": cell(second, flags=False), "A5": cell(third, flags=False)}


@case("seed003-clipping", "clip_grad_norm and clip_grad_value",
      {"A1": "=[0.9, -2.4, 0.3, 1.2]", "A2": "=clip_grad_norm(A1, 1.0)", "A3": "=clip_grad_value(A1, 0.5)"})
def _():
    def clipped(clip, limit):
        p = torch.nn.Parameter(torch.zeros(4))
        p.grad = torch.tensor([0.9, -2.4, 0.3, 1.2])
        clip([p], limit)
        return p.grad
    return {"A2": cell(clipped(torch.nn.utils.clip_grad_norm_, 1.0), flags=False),
            "A3": cell(clipped(torch.nn.utils.clip_grad_value_, 0.5), flags=False)}


class MyReLU(torch.autograd.Function):
    """The tutorial's custom autograd function."""

    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x.clamp(min=0)

    @staticmethod
    def backward(ctx, g):
        (x,) = ctx.saved_tensors
        g = g.clone()
        g[x < 0] = 0
        return g


@case("seed003-custom-function", "a custom autograd function (MyReLU) with its own backward",
      {"A1": "=tensor([-0.7, 0.2, 1.5, -0.01], requires_grad=true)", "A2": "=customgrad(x => clamp(x, min=0), (x, g) => where(x < 0, 0, g))",
       "A3": "=A2(A1 * 3)", "A4": "=grad(sum(A3), A1)"})
def _():
    x = torch.tensor([-0.7, 0.2, 1.5, -0.01], requires_grad=True)
    y = MyReLU.apply(x * 3)
    return {"A3": cell(y, flags=False), "A4": cell(grad(y.sum(), x), flags=False)}


@case("seed004-requires-grad-later", "a = (a*3)/(a+1) without grad; requires_grad_ later; b = (a*a).sum()",
      {"A1": "=ones(2, 2)", "A2": "=(A1 * 3) / (A1 + 1)", "A3": "=requires_grad_(A2, true)", "A4": "=(A3 * A3).sum()", "A5": "=grad(A4, A3)"})
def _():
    a = torch.ones(2, 2)
    a = (a * 3) / (a + 1)
    before = cell(a)
    a.requires_grad_(True)
    b = (a * a).sum()
    return {"A2": before, "A3": cell(a), "A4": cell(b), "A5": cell(grad(b, a), flags=False)}


@case("seed004-mean", "z = y*y + 3, out = z.mean(); d out/dx = 1.5",
      {"A1": "=ones(2, 2, requires_grad=true)", "A2": "=A1 + 2", "A3": "=A2 * A2 + 3", "A4": "=A3.mean()", "A5": "=grad(A4, A1)"})
def _():
    x = torch.ones(2, 2, requires_grad=True)
    y = x + 2
    z = y * y + 3
    out = z.mean()
    return {"A3": cell(z), "A4": cell(out), "A5": cell(grad(out, x), flags=False)}


@case("seed004-zero-upstream", "an all-zero upstream tensor gives a zero gradient",
      {"A1": "=tensor([-1.5138644, -0.4980468, 1.011629], requires_grad=true)", "A2": "=while(A1 * 2, y => norm(y) < 1000, y => y * 2)",
       "A3": "=grad(A2, A1, [0, 0, 0])"})
def _():
    x = torch.tensor([-1.5138644, -0.4980468, 1.011629], requires_grad=True)
    y = doubling(x)
    return {"A2": cell(y, flags=False), "A3": cell(grad(y, x, torch.zeros(3)), flags=False)}


@case("extra-broadcast", "broadcasting [2,3] * [3]: gradients reduce over the broadcast axis",
      {"A1": "=tensor([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]], requires_grad=true)", "A2": "=tensor([0.1, -0.2, 0.3], requires_grad=true)",
       "A3": "=A1 * A2 + 1", "A4": "=grad(sum(A3), A1)", "A5": "=grad(sum(A3), A2)"})
def _():
    a = torch.tensor([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]], requires_grad=True)
    b = torch.tensor([0.1, -0.2, 0.3], requires_grad=True)
    y = a * b + 1
    ga, gb = torch.autograd.grad(y.sum(), [a, b])
    return {"A3": cell(y, flags=False), "A4": cell(ga, flags=False), "A5": cell(gb, flags=False)}


@case("extra-reductions-dim", "sum/mean over a dim, keepdim",
      {"A1": "=tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=true)", "A2": "=sum(A1, dim=0)", "A3": "=A1.sum(dim=1, keepdim=true)",
       "A4": "=mean(A1, dim=1)", "A5": "=grad(sum(mean(A1, dim=1, keepdim=true) * [[1.0, -1.0, 2.0], [0.5, 0.0, 3.0]]), A1)"})
def _():
    x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
    weights = torch.tensor([[1.0, -1.0, 2.0], [0.5, 0.0, 3.0]])
    return {"A2": cell(torch.sum(x, dim=0), flags=False), "A3": cell(x.sum(dim=1, keepdim=True), flags=False),
            "A4": cell(torch.mean(x, dim=1), flags=False),
            "A5": cell(grad((torch.mean(x, dim=1, keepdim=True) * weights).sum(), x), flags=False)}


@case("extra-softmax-ce", "softmax, log_softmax and cross_entropy with class indices",
      {"A1": "=tensor([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0]], requires_grad=true)", "A2": "=softmax(A1, dim=1)", "A3": "=log_softmax(A1, dim=1)",
       "A4": "=cross_entropy(A1, [2, 0])", "A5": "=grad(A4, A1)"})
def _():
    x = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0]], requires_grad=True)
    loss = F.cross_entropy(x, torch.tensor([2, 0]))
    return {"A2": cell(F.softmax(x, dim=1), flags=False), "A3": cell(F.log_softmax(x, dim=1), flags=False), "A4": cell(loss, flags=False),
            "A5": cell(grad(loss, x), flags=False)}


@case("extra-matmul", "matrix product and transpose, with gradients of both sides",
      {"A1": "=tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], requires_grad=true)", "A2": "=tensor([[0.5, -1.0, 0.0], [2.0, 1.0, -0.5]], requires_grad=true)",
       "A3": "=A1 @ A2", "A4": "=grad(sum(A3 * A3), A1)", "A5": "=grad(sum(A3 * A3), A2)", "A6": "=A1.T", "A7": "=gradfn(A3)"})
def _():
    a = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], requires_grad=True)
    b = torch.tensor([[0.5, -1.0, 0.0], [2.0, 1.0, -0.5]], requires_grad=True)
    c = a @ b
    ga, gb = torch.autograd.grad((c * c).sum(), [a, b])
    return {"A3": cell(c, flags=False), "A4": cell(ga, flags=False), "A5": cell(gb, flags=False), "A6": cell(a.T, flags=False),
            "A7": text(type(c.grad_fn).__name__)}


# Each index expression as the formula writes it and as Python does.
INDEXES = [("[1]", lambda t: t[1]), ("[:, 1]", lambda t: t[:, 1]), ("[0:2, ::2]", lambda t: t[0:2, ::2]), ("[-1, -2:]", lambda t: t[-1, -2:])]


@case("extra-indexing", "indexing and slicing, differentiable",
      {"A1": "=tensor([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0]], requires_grad=true)",
       **{k: v for i, (ix, _) in enumerate(INDEXES) for k, v in ((f"B{i + 1}", f"=A1{ix}"), (f"C{i + 1}", f"=grad(sum(A1{ix} * A1{ix}), A1)"))}})
def _():
    x = torch.arange(1.0, 13.0).reshape(3, 4).requires_grad_()
    out = {}
    for i, (_, index) in enumerate(INDEXES):
        out[f"B{i + 1}"] = cell(index(x), flags=False)
        out[f"C{i + 1}"] = cell(grad((index(x) * index(x)).sum(), x), flags=False)
    return out


@case("extra-kinks", "abs and relu have derivative 0 at 0, as in PyTorch",
      {"A1": "=tensor([-1.0, 0.0, 2.0], requires_grad=true)", "A2": "=grad(sum(abs(A1)), A1)", "A3": "=grad(sum(relu(A1)), A1)",
       "A4": "=grad(sum(clamp(A1, min=0, max=2)), A1)"})
def _():
    x = torch.tensor([-1.0, 0.0, 2.0], requires_grad=True)
    return {"A2": cell(grad(x.abs().sum(), x), flags=False), "A3": cell(grad(torch.relu(x).sum(), x), flags=False),
            "A4": cell(grad(torch.clamp(x, min=0, max=2).sum(), x), flags=False)}


@case("extra-nonfinite", "sqrt at 0 has an infinite slope; log of a negative is NaN; 1/0 is inf",
      {"A1": "=tensor([0.0, 1.0, 4.0], requires_grad=true)", "A2": "=grad(sum(sqrt(A1)), A1)", "A3": "=log([-1.0, 1.0])", "A4": "=1 / [0.0, -0.0, 2.0]"})
def _():
    x = torch.tensor([0.0, 1.0, 4.0], requires_grad=True)
    return {"A2": cell(grad(torch.sqrt(x).sum(), x), flags=False), "A3": cell(torch.log(torch.tensor([-1.0, 1.0])), flags=False),
            "A4": cell(1 / torch.tensor([0.0, -0.0, 2.0]), flags=False)}


@case("extra-where-if-let", "where, if and let are differentiable",
      {"A1": "=tensor([-2.0, -0.5, 0.5, 3.0], requires_grad=true)", "A2": "=where(A1 > 0, A1, A1 ** 2)", "A3": "=grad(sum(A2), A1)",
       "A4": "=grad(if(sum(A1) > 0, sum(A1 * 2), sum(A1 * 3)), A1)", "A5": "=grad(let(a, A1 * 2, b, a + 1, sum(a * b)), A1)"})
def _():
    x = torch.tensor([-2.0, -0.5, 0.5, 3.0], requires_grad=True)
    w = torch.where(x > 0, x, x ** 2)
    chosen = (x * 2).sum() if x.sum() > 0 else (x * 3).sum()
    a = x * 2
    b = a + 1
    return {"A2": cell(w, flags=False), "A3": cell(grad(w.sum(), x), flags=False), "A4": cell(grad(chosen, x), flags=False),
            "A5": cell(grad((a * b).sum(), x), flags=False)}


@case("extra-named-lambda", "a lambda in a cell, called from others; first and second derivatives",
      {"A1": "=x => x ** 3 - 2 * x", "A2": "=tensor([0.7], requires_grad=true)", "A3": "=f(A2)", "A4": "=grad(A3, A2)", "A5": "=grad(A4, A2)"},
      names={"f": "A1"})
def _():
    x = torch.tensor([0.7], requires_grad=True)
    y = x ** 3 - 2 * x
    one = torch.ones(1)
    first = grad(y, x, one, create_graph=True)
    return {"A3": cell(y, flags=False), "A4": cell(first, flags=False), "A5": cell(grad(first, x, one), flags=False)}


@case("extra-hessian-hvp-jvp", "hessian of a quadratic form is A + A^T; hvp; jvp of sin",
      {"A1": "=[[2.0, 1.0], [0.0, 3.0]]", "A2": "=hessian(v => v @ A1 @ v, [0.5, -1.0])", "A3": "=hvp(v => v @ A1 @ v, [0.5, -1.0], [1.0, 2.0])[1]",
       "A4": "=jvp(sin, [0.1, 0.2, 0.3], [1.0, 0.5, 2.0])[1]"})
def _():
    from torch.autograd.functional import hessian, hvp, jvp
    m = torch.tensor([[2.0, 1.0], [0.0, 3.0]])
    form = lambda v: v @ m @ v  # noqa: E731
    v0 = torch.tensor([0.5, -1.0])
    return {"A2": cell(hessian(form, v0), flags=False), "A3": cell(hvp(form, v0, torch.tensor([1.0, 2.0]))[1], flags=False),
            "A4": cell(jvp(torch.sin, torch.tensor([0.1, 0.2, 0.3]), torch.tensor([1.0, 0.5, 2.0]))[1], flags=False)}


@case("extra-ranges", "a range of number cells is a 2-D tensor",
      {"A1": "1", "B1": "2", "A2": "3", "B2": "4", "C1": "=A1:B2", "C2": "=sum(C1 * C1)", "C3": "=grad(C2, C1)"})
def _():
    r = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
    s = (r * r).sum()
    return {"C1": cell(r, flags=False), "C2": cell(s, flags=False), "C3": cell(grad(s, r), flags=False)}


@case("extra-errors", "errors are values with codes, never crashes",
      {"A1": "=[1, 2, 3] + [1, 2]", "A2": "=nosuchfunction(1)", "A3": "=B3 + 1", "B3": "=A3 * 2", "A4": "=1 +* 2",
       "A5": "=grad([1.0, 2.0] * 2, A6)", "A6": "=[1.0, 2.0]", "A7": "=while(1, y => true, y => y + 1)", "A8": "=ones(100000, 100000)",
       "A9": "=A1 + 1", "A10": "=[[1, 2], [3]]"})
def _():
    shape = raises(lambda: torch.tensor([1.0, 2.0, 3.0]) + torch.tensor([1.0, 2.0]), "#SHAPE!")
    return {"A1": shape, "A2": error("#NAME?"), "A3": error("#CYCLE!"), "B3": error("#CYCLE!"), "A4": error("#PARSE!"),
            # A6 does not require grad, so nothing connects it to the output.
            "A5": raises(lambda: grad(torch.tensor([1.0, 2.0]) * 2, torch.tensor([1.0, 2.0]), torch.ones(2)), "#GRAD!"),
            "A7": error("#LOOP!"), "A8": error("#LIMIT!"),
            # An error flows into every cell that reads it.
            "A9": shape, "A10": raises(lambda: torch.tensor([[1.0, 2.0], [3.0]]), "#SHAPE!")}


if __name__ == "__main__":
    sys.stdout.write(dump({"generator": f"PyTorch {torch.__version__}, float64", "cases": CASES}))
