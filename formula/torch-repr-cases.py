# Writes torch-repr-cases.json: tensors and the exact repr PyTorch prints for them, with
# torch.set_default_dtype(torch.float64). Run with PyTorch installed (Debian's python3-torch 1.13 was
# used; its torch/_tensor_str.py has the same _Formatter, _vector_str and _add_suffixes as PyTorch 2):
#   python3 formula/torch-repr-cases.py > formula/torch-repr-cases.json
import itertools
import math
import pathlib
import random
import sys

import torch

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "scripts"))
from torch_json import PYTHON_NONFINITE, dump, number  # noqa: E402

torch.set_default_dtype(torch.float64)
rng = random.Random(20240)

SHAPES = [[], [1], [5], [7], [12], [30], [2, 3], [3, 1], [1, 4], [4, 5], [2, 3, 4], [2, 1, 2, 3],
          [0], [2, 0], [0, 3], [1001], [40, 30], [3, 400], [11, 10, 10], [2, 2, 2, 130]]


def value(kind):
    return float(f'{raw(kind):.7g}')


def raw(kind):
    if kind == 'int':
        return float(rng.randint(-20, 20))
    if kind == 'bigint':
        return float(rng.choice([1, -1]) * rng.randint(1, 10 ** 10))
    if kind == 'fixed':
        return rng.uniform(-50, 50)
    if kind == 'tiny':
        return rng.uniform(-1, 1) * 10 ** rng.randint(-9, -5)
    if kind == 'wide':
        return rng.uniform(-1, 1) * 10 ** rng.randint(-3, 6)
    if kind == 'huge':
        return rng.uniform(-1, 1) * 10 ** rng.randint(100, 300)
    if kind == 'ties':
        return rng.choice([0.03125, -0.03125, 2.5, 0.5, 1.00005, 0.15625, -0.0, 0.0, 3.0])
    if kind == 'special':
        return rng.choice([math.nan, math.inf, -math.inf, 0.0, -0.0, rng.uniform(-3, 3), float(rng.randint(-3, 3))])
    if kind == 'zeros':
        return rng.choice([0.0, -0.0])
    if kind == 'sub':
        return rng.choice([5e-324, -5e-324, 1e-310, 1.0])
    raise ValueError(kind)


def shown_offsets(shape):
    idx = [list(range(3)) + list(range(d - 3, d)) if d > 6 else list(range(d)) for d in shape]
    strides = [math.prod(shape[i + 1:]) for i in range(len(shape))]
    return sorted(sum(c * s for c, s in zip(combo, strides)) for combo in itertools.product(*idx))


def encode_all(values, fill, shown):
    if len(values) <= 1000:
        return values
    return {'fill': fill, 'at': [[i, values[i]] for i in shown]}


cases = []
KINDS = ['int', 'bigint', 'fixed', 'tiny', 'wide', 'huge', 'ties', 'special', 'zeros', 'sub']
for shape in SHAPES:
    n = math.prod(shape)
    for kind in KINDS + ['bool']:
        for suffix in ['none', 'leaf', 'MulBackward0']:
            if kind == 'bool' and suffix != 'none':
                continue
            if n > 1000 and (suffix != 'none' or kind not in ('fixed', 'wide', 'int', 'special', 'bool')):
                continue
            # A summarized tensor is stored sparsely: only the printed elements are drawn; the rest hold a
            # value that would change the number format if the formatter looked at it.
            shown = shown_offsets(shape) if n > 1000 else range(n)
            if kind == 'bool':
                data = [True] * n
                for i in shown:
                    data[i] = rng.random() < 0.5
                t = torch.tensor(data, dtype=torch.bool).reshape(shape)
                enc = encode_all([1 if b else 0 for b in data], 1, shown)
            else:
                data = [1e300] * n
                for i in shown:
                    data[i] = value(kind)
                t = torch.tensor(data).reshape(shape)
                if suffix != 'none':
                    t.requires_grad_()
                if suffix == 'MulBackward0':
                    t = t * 1
                enc = encode_all([number(x, PYTHON_NONFINITE) for x in data], 1e300, shown)
            cases.append({'shape': shape, 'dtype': 'bool' if kind == 'bool' else 'float64', 'kind': kind,
                          'suffix': suffix, 'data': enc, 'repr': repr(t)})

print(dump({'generator': f'PyTorch {torch.__version__}, default dtype float64', 'cases': cases}, indent=None))
