"""Owns what the PyTorch generators of our golden files share: numbers and tensors as the JSON of SPEC
section 8, cells with their autograd flags, seeded draws and the tutorials' doubling loop.

The generators (cli/golden/*.py, formula/torch-repr-cases.py, app/examples/tutorial-spellings.py,
engine/torch-random-cases.py) import it by path, as they are run as scripts with /usr/bin/python3:

    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[N] / "scripts"))
"""
import json
import math

import torch

# SPEC section 8 spells non-finite numbers as these strings; torch-repr-cases keeps Python's spelling.
SPEC_NONFINITE = ("NaN", "Infinity", "-Infinity")
PYTHON_NONFINITE = ("nan", "inf", "-inf")


def number(x, spelling=SPEC_NONFINITE):
    """A float as JSON: itself, or the string naming NaN, +inf or -inf."""
    if math.isnan(x):
        return spelling[0]
    if math.isinf(x):
        return spelling[1] if x > 0 else spelling[2]
    return x


def nested(t):
    """A tensor's elements as nested lists: booleans as they are, every other dtype as floats."""
    if t.dim() == 0:
        v = t.item()
        return v if isinstance(v, bool) else number(float(v))
    return [nested(s) for s in t]


def grad_fn_name(t):
    return type(t.grad_fn).__name__ if t.grad_fn is not None else None


def cell(t, flags=True):
    """A float tensor as SPEC section 8 prints it. `flags`: True checks requires_grad and grad_fn,
    False neither, "requires_grad" only the first."""
    out = {"kind": "tensor", "shape": list(t.shape), "value": nested(t.detach())}
    if flags:
        out["requires_grad"] = t.requires_grad
    if flags is True:
        out["grad_fn"] = grad_fn_name(t)
    return out


def tuple_cell(items, flags=True):
    return {"kind": "tuple", "items": [item if isinstance(item, dict) else cell(item, flags) for item in items]}


def seeded(seed, draw):
    """What `torch.manual_seed(seed)` followed by `draw()` gives."""
    torch.manual_seed(seed)
    return draw()


def doubling(x):
    """The tutorials' `y = x * 2; while y.norm() < 1000: y = y * 2`."""
    y = x * 2
    while y.norm() < 1000:
        y = y * 2
    return y


def dump(obj, indent=1):
    """The file's text as the generators print it (no trailing newline: print adds one)."""
    return json.dumps(obj, indent=indent)
