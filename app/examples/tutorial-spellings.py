#!/usr/bin/env python3
"""Generates app/examples/tutorial-spellings.json: the code lines of the five PyTorch autograd tutorials the
examples rebuild, typed as each tutorial writes them, with the value real PyTorch gives (float64). Run with a
Python that has torch (Debian's python3-torch):

    /usr/bin/python3 app/examples/tutorial-spellings.py > app/examples/tutorial-spellings.json

Each snippet is one workbook: a line `(name, formula)` is the right-hand side of the tutorial's `name = formula`
(name None for an expression it prints or a call it makes), and the same text is evaluated here as Python, with the
names bound earlier in the snippet. Where the sheet's spelling must differ (a lambda, a loop, a random draw, the
`[0]` of torch.autograd.grad's tuple) a third item gives the Python that computes the same thing.
"""
import math
import pathlib
import sys

import torch
import torch.nn.functional as F

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "scripts"))
from torch_json import doubling, dump, grad_fn_name, nested, seeded  # noqa: E402

torch.set_default_dtype(torch.float64)

# A float32 tensor is computed in float64 by the sheet (with a note), so it and what follows from it are compared
# at float32's precision.
FLOAT32_RTOL = 1e-6


def plain(value):
    return {"kind": "tensor", "shape": list(torch.as_tensor(value).shape), "value": nested(torch.as_tensor(value, dtype=torch.float64)),
            "requires_grad": False, "grad_fn": None}


def as_cell(v):
    """A Python value as the sheet's cell JSON (SPEC sections 1 and 10)."""
    if v is None:
        return {"kind": "empty"}
    if isinstance(v, torch.Tensor):
        if v.dtype == torch.bool:
            return {"kind": "bool", "shape": list(v.shape), "value": nested(v)}
        return {"kind": "tensor", "shape": list(v.shape), "value": nested(v.detach()), "requires_grad": v.requires_grad,
                "grad_fn": grad_fn_name(v)}
    if isinstance(v, bool):
        return {"kind": "bool", "shape": [], "value": v}
    if isinstance(v, (int, float)):
        return plain(v)
    if isinstance(v, torch.Size):
        return plain(list(v))
    if isinstance(v, tuple):
        return {"kind": "tuple", "items": [as_cell(x) for x in v]}
    if callable(v) and hasattr(v, "next_functions"):
        return {"kind": "text", "value": type(v).__name__}
    if callable(v):
        return {"kind": "function"}
    raise TypeError(f"no cell for {v!r}")


def run(snippet):
    ns = {"torch": torch, "F": F, "math": math, "seeded": seeded, "doubling": doubling}
    lines = []
    float32 = False
    for line in snippet["lines"]:
        name, formula, python = (list(line) + [None])[:3]
        try:
            value = eval(python or formula, ns)
            expect = None if (formula.endswith("backward()") or ".backward(" in formula) else as_cell(value)
        except RuntimeError:
            value, expect = None, {"kind": "error", "code": "#VALUE!"}
        if name:
            ns[name] = value
        out = {"formula": formula, "expect": expect}
        if name:
            out["name"] = name
        # A float32 value carries a note; what is computed from it (upcast by PyTorch) differs at float32's precision.
        if isinstance(value, torch.Tensor) and value.dtype == torch.float32:
            float32 = out["float32_note"] = True
        if float32:
            out["rtol"] = FLOAT32_RTOL
        lines.append(out)
    return {"title": snippet["title"], "lines": lines}


W = "[[0.6613521715704522, 0.2669240982925188, 0.061677258237348306], [0.6213173286854216, -0.45190596470388295, -0.16613023453557194], [-1.5227684840130555, 0.38168390241818895, -1.0276085758313882], [-0.5630527986537884, -0.8922905087810341, -0.05825017908369636], [-0.19550957739962468, -0.9656359311683427, 0.42241532118215536]]"
B = "[0.26731699794736563, -0.4211951567546136, -0.5106999992831965]"

TUTORIALS = {
    # Autograd: automatic differentiation (the 60-minute blitz), in its older and its current versions.
    "autograd-blitz": [
        {"title": "out = z.mean() and out.backward()", "lines": [
            ("x", "torch.ones(2, 2, requires_grad=True)"),
            ("y", "x + 2"),
            (None, "y.grad_fn"),
            ("z", "y * y * 3"),
            ("out", "z.mean()"),
            (None, "z"),
            (None, "out.backward()"),
            (None, "x.grad"),
        ]},
        {"title": "requires_grad_ switches tracking on", "lines": [
            ("a_init", "torch.randn(2, 2, seed=0)", "seeded(0, lambda: torch.randn(2, 2))"),
            ("a", "((a_init * 3) / (a_init - 1))"),
            (None, "a.requires_grad"),
            ("a_grad", "a.requires_grad_(True)"),
            (None, "a_grad.requires_grad"),
            ("b", "(a_grad * a_grad).sum()"),
            (None, "b.grad_fn"),
        ]},
        {"title": "a vector-Jacobian product through a loop", "lines": [
            ("x", "torch.tensor([0.3, -1.2, 0.07], requires_grad=True)"),
            ("y", "while(x * 2, y => y.data.norm() < 1000, y => y * 2)", "doubling(x)"),
            ("v", "torch.tensor([0.1, 1.0, 0.0001], dtype=torch.float)"),
            (None, "y.backward(v)"),
            (None, "x.grad"),
            (None, "x.requires_grad"),
            (None, "(x ** 2).requires_grad"),
            (None, "torch.no_grad((x ** 2)).requires_grad", "torch.no_grad()(lambda: x ** 2)().requires_grad"),
            ("x_det", "x.detach()"),
            (None, "x_det.requires_grad"),
        ]},
        {"title": "Q = 3a³ − b² and Q.backward(gradient=external_grad)", "lines": [
            ("a", "torch.tensor([2., 3.], requires_grad=True)"),
            ("b", "torch.tensor([6., 4.], requires_grad=True)"),
            ("Q", "3*a**3 - b**2"),
            ("external_grad", "torch.tensor([1., 1.])"),
            (None, "Q.backward(gradient=external_grad)"),
            (None, "9*a**2 == a.grad"),
            (None, "-2*b == b.grad"),
            (None, "a.grad"),
            (None, "b.grad"),
        ]},
        {"title": "which results require gradients", "lines": [
            ("x", "torch.rand(5, 5, seed=1)", "seeded(1, lambda: torch.rand(5, 5))"),
            ("y", "torch.rand(5, 5, seed=2)", "seeded(2, lambda: torch.rand(5, 5))"),
            ("z", "torch.rand((5, 5), requires_grad=True, seed=3)", "seeded(3, lambda: torch.rand((5, 5), requires_grad=True))"),
            ("a", "x + y"),
            (None, "a.requires_grad"),
            ("b", "x + z"),
            (None, "b.requires_grad"),
        ]},
    ],
    # Automatic differentiation with torch.autograd (Learn the Basics).
    "autograd-basics": [
        {"title": "a one-layer network and loss.backward()", "lines": [
            ("x", "torch.ones(5)"),
            ("y", "torch.zeros(3)"),
            ("w", f"torch.tensor({W}, requires_grad=True)"),
            ("b", f"torch.tensor({B}, requires_grad=True)"),
            ("z", "torch.matmul(x, w)+b"),
            ("loss", "torch.nn.functional.binary_cross_entropy_with_logits(z, y)"),
            (None, "z.grad_fn"),
            (None, "loss.grad_fn"),
            (None, "loss.backward()"),
            (None, "w.grad"),
            (None, "b.grad"),
            (None, "z.requires_grad"),
            ("z_det", "z.detach()"),
            (None, "z_det.requires_grad"),
        ]},
        {"title": "the same weights drawn as PyTorch draws them", "lines": [
            ("w", "torch.randn(5, 3, requires_grad=True, seed=0)", "seeded(0, lambda: torch.randn(5, 3, requires_grad=True))"),
            ("b", "torch.randn(3, requires_grad=True, seed=1)", "seeded(1, lambda: torch.randn(3, requires_grad=True))"),
            ("z", "torch.matmul(torch.ones(5), w)+b"),
            (None, "F.binary_cross_entropy_with_logits(z, torch.zeros(3))"),
        ]},
        {"title": "Jacobian products accumulate", "lines": [
            ("inp", "torch.eye(4, 5, requires_grad=True)"),
            ("out", "(inp+1).pow(2).T"),
            (None, "out.backward(torch.ones_like(out), retain_graph=True)"),
            (None, "out.backward(torch.ones_like(out), retain_graph=True)"),
            (None, "inp.grad"),
        ]},
    ],
    # The fundamentals of autograd (Introduction to PyTorch).
    "autograd-fundamentals": [
        {"title": "sin on linspace and out.backward()", "lines": [
            ("a", "torch.linspace(0., 2. * math.pi, steps=25, requires_grad=True)"),
            ("b", "torch.sin(a)"),
            ("c", "2 * b"),
            ("d", "c + 1"),
            ("out", "d.sum()"),
            (None, "d.grad_fn"),
            (None, "d.grad_fn.next_functions"),
            (None, "c.grad_fn"),
            (None, "b.grad_fn"),
            (None, "a.grad_fn"),
            (None, "out.backward()"),
            (None, "a.grad"),
            (None, "torch.sin_(a)"),
        ]},
        {"title": "turning autograd off", "lines": [
            ("a", "torch.ones(2, 3, requires_grad=True) * 2"),
            ("b", "torch.ones(2, 3, requires_grad=True) * 3"),
            (None, "a + b"),
            (None, "a * b"),
            ("add_tensors1", "(x, y) => x + y", "lambda x, y: x + y"),
            ("add_tensors2", "torch.no_grad((x, y) => x + y)", "torch.no_grad()(lambda x, y: x + y)"),
            (None, "add_tensors1(a, b)"),
            (None, "add_tensors2(a, b)"),
            ("x", "torch.rand(5, requires_grad=True, seed=0)", "seeded(0, lambda: torch.rand(5, requires_grad=True))"),
            ("y", "x.detach()"),
            (None, "y"),
        ]},
        {"title": "a loop, y.backward(v)", "lines": [
            ("x", "torch.randn(3, requires_grad=True, seed=0)", "seeded(0, lambda: torch.randn(3, requires_grad=True))"),
            ("y", "while(x * 2, y => y.norm() < 1000, y => y * 2)", "doubling(x)"),
            ("v", "torch.tensor([0.1, 1.0, 0.0001], dtype=torch.float)"),
            (None, "y.backward(v)"),
            (None, "x.grad"),
        ]},
        {"title": "the functional API", "lines": [
            ("exp_adder", "(x, y) => 2 * x.exp() + 3 * y", "lambda x, y: 2 * x.exp() + 3 * y"),
            ("inputs", "(torch.rand(1, seed=0), torch.rand(1, seed=1))", "(seeded(0, lambda: torch.rand(1)), seeded(1, lambda: torch.rand(1)))"),
            (None, "torch.autograd.functional.jacobian(exp_adder, inputs)"),
            ("inputs_3", "(torch.rand(3, seed=2), torch.rand(3, seed=3))", "(seeded(2, lambda: torch.rand(3)), seeded(3, lambda: torch.rand(3)))"),
            (None, "torch.autograd.functional.jacobian(exp_adder, inputs_3)"),
            (None, "torch.autograd.functional.hessian(exp_adder, inputs_3)"),
            ("do_some_doubling", "x => while(x * 2, y => y.norm() < 1000, y => y * 2)", "doubling"),
            ("my_gradients", "torch.tensor([0.1, 1.0, 0.0001])"),
            (None, "torch.autograd.functional.vjp(do_some_doubling, torch.randn(3, seed=4), v=my_gradients)",
             "torch.autograd.functional.vjp(do_some_doubling, seeded(4, lambda: torch.randn(3)), v=my_gradients)"),
        ]},
    ],
    # The chain rule, accumulation and higher-order gradients.
    "autograd-in-depth": [
        {"title": "the chain rule", "lines": [
            ("x", "torch.tensor([2.0], requires_grad=True)"),
            ("y", "x ** 2"),
            ("z", "2 * y + 3"),
            (None, "z.backward()"),
            (None, "x.grad"),
        ]},
        {"title": "scalar and vector outputs", "lines": [
            ("x", "torch.tensor([1., 2., 3.], requires_grad=True)"),
            (None, "torch.autograd.grad(x.sum(), x)", "torch.autograd.grad(x.sum(), x)[0]"),
            (None, "torch.autograd.grad(x ** 2, x, torch.ones_like(x))", "torch.autograd.grad(x ** 2, x, torch.ones_like(x))[0]"),
        ]},
        {"title": "mse_loss", "lines": [
            ("prediction", "torch.tensor([0.1, 0.9, 0.2], requires_grad=True)"),
            ("target", "torch.tensor([0., 1., 0.])"),
            ("loss", "F.mse_loss(prediction, target)"),
            (None, "loss.backward()"),
            (None, "prediction.grad"),
        ]},
        {"title": "two backward calls add up", "lines": [
            ("x", "torch.tensor([1.0], requires_grad=True)"),
            (None, "(x ** 2).backward()"),
            (None, "(x ** 3).backward()"),
            (None, "x.grad"),
        ]},
        {"title": "higher-order gradients", "lines": [
            ("x", "torch.tensor([2.0], requires_grad=True)"),
            ("y", "x ** 3"),
            ("dy", "torch.autograd.grad(y, x, create_graph=True)", "torch.autograd.grad(y, x, create_graph=True)[0]"),
            (None, "torch.autograd.grad(dy, x)", "torch.autograd.grad(dy, x)[0]"),
            (None, "dy.requires_grad"),
        ]},
        {"title": "a small net", "lines": [
            ("w", "torch.tensor([[0.5, -0.25], [1.5, 0.75]], requires_grad=True)"),
            ("inp", "torch.tensor([1., -2.])"),
            ("out", "F.linear(F.relu(F.linear(inp, w)), w).sum()"),
            (None, "out.backward()"),
            (None, "w.grad"),
        ]},
    ],
    # requires_grad, backward and upstream tensors.
    "autograd-requires-grad": [
        {"title": "tracking switched on later", "lines": [
            ("a_init", "torch.ones(2, 2)"),
            ("a", "((a_init * 3) / (a_init + 1))"),
            (None, "a.requires_grad"),
            ("a_grad", "a.requires_grad_(True)"),
            ("b", "(a_grad * a_grad).sum()"),
            (None, "b.grad_fn"),
            (None, "b.backward()"),
            (None, "a_grad.grad"),
        ]},
        {"title": "out = z.mean()", "lines": [
            ("x", "torch.ones(2, 2, requires_grad=True)"),
            ("y", "x + 2"),
            ("z", "y * y + 3"),
            ("out", "z.mean()"),
            (None, "out.backward()"),
            (None, "x.grad"),
            (None, "x.is_leaf"),
            (None, "y.is_leaf"),
        ]},
        {"title": "a zero upstream tensor", "lines": [
            ("x", "torch.randn(3, requires_grad=True, seed=0)", "seeded(0, lambda: torch.randn(3, requires_grad=True))"),
            ("y", "while(x * 2, y => y.norm() < 1000, y => y * 2)", "doubling(x)"),
            ("v", "torch.zeros(3)"),
            (None, "y.backward(v)"),
            (None, "x.grad"),
        ]},
    ],
}

if __name__ == "__main__":
    out = {"generator": "app/examples/tutorial-spellings.py", "torch": torch.__version__,
           "tutorials": {k: [run(s) for s in v] for k, v in TUTORIALS.items()}}
    print(dump(out))
