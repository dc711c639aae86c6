#!/usr/bin/env python3
"""Generates engine/torch-random-cases.json, what PyTorch's CPU generator draws (float64), for
engine/torch-random.test.ts. Run with a Python that has torch (Debian's python3-torch) and mpmath:

    /usr/bin/python3 engine/torch-random-cases.py > engine/torch-random-cases.json

The values are PyTorch 2's. Where 1.13 (what runs here) differs, fewer than 16 normals (1.13 takes
log(1 - u), 2 takes log1p(-u)), the generator replays PyTorch 2's formula with this machine's C library
(Python's math is glibc's, as PyTorch's calls are) on 1.13's uniforms and checks it within one ulp of 1.13.
`misrounded` lists the positions where glibc's log, sin or cos is not correctly rounded and so the value
differs (by one ulp) from what correctly rounded functions give; the large cases carry a hash instead of values.
"""
import hashlib
import math
import pathlib
import sys

import mpmath
import torch
from mpmath.libmp import to_float

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "scripts"))
from torch_json import dump, seeded  # noqa: E402

torch.set_default_dtype(torch.float64)
mpmath.mp.prec = 160


def cr(f, x):
    """f(x) correctly rounded to a double."""
    return to_float(f(mpmath.mpf(x))._mpf_, rnd="n")


def box_muller_16(d, at, log, cos, sin):
    for j in range(at, at + 8):
        radius = math.sqrt(-2 * log(1 - d[j]))
        theta = 2.0 * math.pi * d[j + 8]
        d[j], d[j + 8] = radius * cos(theta), radius * sin(theta)


def normal_fill(u, n, log, cos, sin):
    """PyTorch's CPU normal kernel from 16 elements on; `u` holds the n uniforms, then 16 more for the tail."""
    d = u[:n]
    for i in range(0, n - 15, 16):
        box_muller_16(d, i, log, cos, sin)
    if n % 16:
        d[n - 16:] = u[n:n + 16]
        box_muller_16(d, n - 16, log, cos, sin)
    return d


def normal_pairs(u, n, cos, sin):
    """PyTorch 2's normal_distribution<double> for fewer than 16 elements: pairs, the sine kept for the next."""
    out = []
    for i in range(0, n, 2):
        u1, u2 = u[i], u[i + 1]
        r = math.sqrt(-2.0 * math.log1p(-u2))
        theta = 2.0 * math.pi * u1
        out += [r * cos(theta), r * sin(theta)]
    return out[:n]


def uniforms(seed, count):
    return seeded(seed, lambda: torch.rand(count)).tolist()


def randn_case(seed, shape):
    n = math.prod(shape)
    torch_13 = seeded(seed, lambda: torch.randn(shape)).flatten().tolist()
    crlog, crcos, crsin = (lambda x: cr(mpmath.log, x)), (lambda x: cr(mpmath.cos, x)), (lambda x: cr(mpmath.sin, x))
    if n >= 16:
        u = uniforms(seed, n + 16)
        values = normal_fill(list(u), n, math.log, math.cos, math.sin)
        assert values == torch_13, "normal_fill replay differs from torch"
        rounded = normal_fill(list(u), n, crlog, crcos, crsin)
    else:
        u = uniforms(seed, n + n % 2)
        values = normal_pairs(u, n, math.cos, math.sin)
        for a, b in zip(values, torch_13):
            assert abs(a - b) <= math.ulp(b), "PyTorch 2's formula strays from 1.13's"
        rounded = normal_pairs(u, n, crcos, crsin)
    misrounded = [i for i, (a, b) in enumerate(zip(values, rounded)) if a != b]
    return {"fn": "randn", "seed": seed, "shape": list(shape), "values": values, "misrounded": misrounded}


def drawn(fn, seed, *args):
    return seeded(seed, lambda: getattr(torch, fn)(*args)).flatten().tolist()


def sha256(values):
    return hashlib.sha256(torch.tensor(values, dtype=torch.float64).numpy().astype("<f8").tobytes()).hexdigest()


def large_randn(seed, n):
    case = randn_case(seed, (n,))
    values = case.pop("values")
    case["sha256"] = sha256(values)
    case["misrounded"] = [[i, values[i]] for i in case["misrounded"]]
    return case


SIZES = [(1,), (3,), (15,), (16,), (17,), (100,), (3, 7)]
SEEDS = [0, 1, -1, 2**40 + 3]


def cases():
    out = []
    for seed in SEEDS:
        for shape in SIZES:
            out.append({"fn": "rand", "seed": seed, "shape": list(shape), "values": drawn("rand", seed, shape)})
            out.append(randn_case(seed, shape))
    for low, high, shape in [(0, 10, (17,)), (-3, 7, (100,)), (0, 2**32 - 1, (5,)), (0, 2**40, (16,)), (-2**40, 2**35, (5,))]:
        out.append({"fn": "randint", "seed": 7, "low": low, "high": high, "shape": list(shape),
                    "values": drawn("randint", 7, low, high, shape)})
    for n in [0, 1, 2, 17, 100]:
        out.append({"fn": "randperm", "seed": 3, "shape": [n], "values": drawn("randperm", 3, n)})
    return out


def libm_samples():
    """glibc's log1p (Python's math.log1p is the C library's) and correctly rounded log, sin, cos at sample points."""
    u = uniforms(11, 120)
    xs = [-x for x in u] + [x * 3 for x in u[:50]] + [x * 2**-30 for x in u[:10]] + [-x * 2**-56 for x in u[:5]]
    # where V8 and glibc were seen to differ
    xs += [-0.21344110157908702, -0.6593552804805106, -0.32460027740773834, -0.28585468822527116, -0.6477823221124004]
    xs += [0.5, -0.5, 1e-9, 3.0, 1e300, -1.0, 2**-20, -2**-21, 0.41421, -0.2929, 2**53, 2**54 + 2]
    log1p = [[x, math.log1p(x) if x > -1 else "-Infinity"] for x in xs]
    points = [1 - x for x in u] + [x * 2 * math.pi for x in u] + [1e-300, 5e-324, 7.5, 1e5, 0.7853981633974483, 1.5707963267948966]
    rounded = [[x, cr(mpmath.log, x), cr(mpmath.sin, x), cr(mpmath.cos, x)] for x in points]
    return {"log1p": log1p, "correctly_rounded": rounded}


if __name__ == "__main__":
    print(dump({
        "generator": f"PyTorch {torch.__version__} (normals below 16 replayed as PyTorch 2 draws them), float64",
        "cases": cases(),
        "libm": libm_samples(),
        "large": [
            {"fn": "rand", "seed": 5, "shape": [100000], "sha256": sha256(drawn("rand", 5, (100000,)))},
            {"fn": "randperm", "seed": 5, "shape": [100000], "sha256": sha256(drawn("randperm", 5, 100000))},
            large_randn(2024, 100000),
            large_randn(7, 50000),
        ],
    }, indent=None))
