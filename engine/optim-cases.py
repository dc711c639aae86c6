# Writes engine/optim-cases.json: what torch.optim (float64) gives for small problems, for every optimizer
# and option `train` takes (formula/functions/train.ts, engine/optim.ts). Each case records the parameters
# after N steps and the N losses, each taken before its step, as the loop
#   opt.zero_grad(); loss = f(*params); loss.backward(); opt.step()
# computes them. formula/functions/train-golden.test.ts evaluates the same through a sheet.
#
# Run with the Python that has PyTorch:  /usr/bin/python3 engine/optim-cases.py

import json
import os

import torch

torch.set_default_dtype(torch.float64)

XS = [[0.5, -1.0], [1.5, 0.25], [-0.75, 2.0], [2.0, 1.0], [-1.25, -0.5], [0.0, 1.75]]
YS = [[1.0], [2.5], [-0.5], [3.0], [-2.0], [0.75]]
W0 = [[0.1], [-0.2]]
B0 = [0.3]
C = [1.0, -2.0, 0.5]
X0 = [0.0, 0.5, -1.0]


def mse(w, b):
    xs, ys = torch.tensor(XS), torch.tensor(YS)
    return torch.nn.functional.mse_loss(xs @ w + b, ys)


# Each problem: its parameters' starting values, the loss in PyTorch, and the same loss as a sheet lambda
# over the cells A1 (xs), A2 (ys), A5 (c).
PROBLEMS = {
    "mse": {
        "start": [W0, B0],
        "loss": mse,
        "lambda": "(w, b) => mse_loss(A1 @ w + b, A2)",
    },
    "neg_mse": {
        "start": [W0, B0],
        "loss": lambda w, b: -mse(w, b),
        "lambda": "(w, b) => -mse_loss(A1 @ w + b, A2)",
    },
    "quartic": {
        "start": [X0],
        "loss": lambda x: torch.sum((x - torch.tensor(C)) ** 4 + 0.5 * x**2),
        "lambda": "x => sum((x - A5) ** 4 + 0.5 * x ** 2)",
    },
    # b does not reach the loss: PyTorch leaves its grad None and the optimizer skips it (weight decay too).
    "unused": {
        "start": [W0, B0],
        "loss": lambda w, b: torch.sum(w**2),
        "lambda": "(w, b) => sum(w ** 2)",
    },
}

CLASSES = {"sgd": torch.optim.SGD, "adam": torch.optim.Adam, "adamw": torch.optim.AdamW,
           "rmsprop": torch.optim.RMSprop, "adagrad": torch.optim.Adagrad}

# (optimizer as the sheet spells it, problem, steps, keywords)
CASES = [
    ("sgd", "mse", 20, {"lr": 0.1}),
    ("sgd", "mse", 30, {"lr": 0.05, "momentum": 0.9}),
    ("sgd", "mse", 25, {"lr": 0.05, "momentum": 0.8, "dampening": 0.5}),
    ("sgd", "mse", 25, {"lr": 0.05, "momentum": 0.9, "nesterov": True}),
    ("sgd", "mse", 20, {"lr": 0.1, "weight_decay": 0.1}),
    ("sgd", "neg_mse", 20, {"lr": 0.1, "maximize": True}),
    ("SGD", "quartic", 40, {"lr": 0.01, "momentum": 0.5, "weight_decay": 0.05, "nesterov": True}),
    ("sgd", "unused", 10, {"lr": 0.1, "momentum": 0.9, "weight_decay": 0.5}),
    ("adam", "mse", 30, {"lr": 0.1}),
    ("Adam", "mse", 30, {"lr": 0.1, "betas": (0.8, 0.99)}),
    ("adam", "mse", 20, {"lr": 0.05, "eps": 1e-3, "weight_decay": 0.1}),
    ("adam", "mse", 40, {"lr": 0.2, "amsgrad": True}),
    ("adam", "quartic", 50, {"amsgrad": True, "weight_decay": 0.01, "betas": (0.5, 0.9)}),
    ("adam", "neg_mse", 15, {"lr": 0.1, "maximize": True}),
    ("adam", "unused", 10, {"lr": 0.1, "weight_decay": 0.2}),
    ("adamw", "mse", 30, {"lr": 0.1}),
    ("ADAMW", "mse", 30, {"lr": 0.1, "weight_decay": 0.1, "amsgrad": True, "betas": (0.85, 0.995)}),
    ("adamw", "quartic", 20, {"lr": 0.05, "eps": 1e-6, "maximize": False}),
    ("rmsprop", "mse", 20, {}),
    ("rmsprop", "mse", 25, {"lr": 0.01, "alpha": 0.9}),
    ("rmsprop", "mse", 25, {"lr": 0.01, "centered": True}),
    ("rmsprop", "mse", 25, {"lr": 0.01, "momentum": 0.5}),
    ("RMSprop", "quartic", 30, {"lr": 0.005, "centered": True, "momentum": 0.7, "weight_decay": 0.1, "eps": 1e-4}),
    ("rmsprop", "neg_mse", 10, {"lr": 0.01, "maximize": True}),
    ("adagrad", "mse", 20, {}),
    ("adagrad", "mse", 25, {"lr": 0.5, "lr_decay": 0.1}),
    ("adagrad", "mse", 25, {"lr": 0.3, "initial_accumulator_value": 0.5, "weight_decay": 0.1}),
    ("Adagrad", "quartic", 30, {"lr": 0.2, "eps": 1e-3, "maximize": False}),
    ("adagrad", "neg_mse", 10, {"lr": 0.3, "maximize": True}),
    ("sgd", "mse", 5, {"lr": 0.0}),
    ("adam", "mse", 0, {"lr": 0.1}),
]


def sheet_value(v):
    """A keyword's value as the sheet spells it."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, tuple):
        return "(" + ", ".join(repr(float(x)) for x in v) + ")"
    return repr(float(v))


def run(optimizer, problem, steps, kw):
    spec = PROBLEMS[problem]
    params = [torch.tensor(s, requires_grad=True) for s in spec["start"]]
    opt = CLASSES[optimizer.lower()](params, **kw)
    losses = []
    for _ in range(steps):
        opt.zero_grad()
        loss = spec["loss"](*params)
        losses.append(loss.item())
        loss.backward()
        opt.step()
    args = ", ".join([f'steps={steps}', f'optimizer="{optimizer}"'] + [f"{k}={sheet_value(v)}" for k, v in kw.items()])
    return {
        "name": f"{optimizer} {problem} {steps} {json.dumps({k: list(v) if isinstance(v, tuple) else v for k, v in kw.items()})}",
        "problem": problem,
        "formula": f"=train({spec['lambda']}, {'A3' if len(params) == 1 else '(A3, A4)'}, {args})",
        "tuple": len(params) > 1,
        "start": spec["start"],
        "params_after": [p.detach().tolist() for p in params],
        "losses": losses,
    }


def main():
    out = {
        "generator": "engine/optim-cases.py",
        "torch": torch.__version__,
        "cells": {"A1": XS, "A2": YS, "A5": C},
        "cases": [run(*c) for c in CASES],
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "optim-cases.json")
    # One case a line: the file stays readable and its diffs small.
    head = {k: v for k, v in out.items() if k != "cases"}
    text = json.dumps(head)[:-1] + ', "cases": [\n' + ",\n".join(json.dumps(c) for c in out["cases"]) + "\n]}\n"
    with open(path, "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
