#!/usr/bin/env python3
"""Generates engine/torch-random-sequences.json: several draws after one torch.manual_seed, as a script makes
them (float64), for the generator's continuation in engine/torch-random.test.ts. Run with Debian's python3-torch:

    /usr/bin/python3 engine/torch-random-sequences.py > engine/torch-random-sequences.json

These values are PyTorch 1.13's; a randn under 16 elements differs from PyTorch 2 in the last bits (1.13 takes
log(1 - u), 2 takes log1p(-u)), so the test compares those within 1e-14 relative and everything else exactly.
"""
import json

import torch

torch.set_default_dtype(torch.float64)

# Each sequence: a seed, then draws as (function, arguments). The cases cover the spare normal a small randn
# keeps (odd sizes; the spare surviving a rand, a randint and a large randn between two small randn calls).
SEQUENCES = [
    (1, [("randn", [5, 3]), ("randn", [3])]),
    (0, [("randn", [3]), ("randn", [3]), ("randn", [1])]),
    (7, [("randn", [1]), ("rand", [2]), ("randn", [1])]),
    (7, [("randn", [3]), ("randn", [20]), ("randn", [2])]),
    (3, [("rand", [4]), ("randint", [0, 10, [5]]), ("randperm", [6]), ("randn", [2, 2])]),
    (67280421310721, [("randn", [5, 3]), ("randn", [3])]),
    (42, [("randn", [1000]), ("rand", [3])]),
]


def draw(fn, args):
    if fn == "randint":
        low, high, size = args
        return torch.randint(low, high, size)
    if fn == "randperm":
        return torch.randperm(args[0])
    return getattr(torch, fn)(*args)


def main():
    out = []
    for seed, draws in SEQUENCES:
        torch.manual_seed(seed)
        values = [draw(fn, args).double().flatten().tolist() for fn, args in draws]
        out.append({"seed": seed, "draws": [{"fn": fn, "args": args, "values": v} for (fn, args), v in zip(draws, values)]})
    print(json.dumps({"sequences": out}, indent=1))


main()
