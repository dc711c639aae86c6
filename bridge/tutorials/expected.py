"""Owns bridge/tutorials/expected.json: what each tutorial script prints, run with real PyTorch.

Each script runs as a fresh process would (PyTorch's default seed first), with `print` replaced by a
recorder that keeps, per print call, its line, its source and each non-text argument as the JSON of
SPEC section 8 (scripts/torch_json.py). bridge/tutorials.test.ts compares them with the translation.

    /usr/bin/python3 bridge/tutorials/expected.py > bridge/tutorials/expected.json
"""
import ast
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "scripts"))

import torch  # noqa: E402
from torch_json import cell, dump, tuple_cell  # noqa: E402

TUTORIALS = ["blitz", "basics", "fundamentals", "in-depth", "requires-grad"]
DEFAULT_SEED = 67280421310721


def value(v):
    """A printed argument as the cell the translation should show, or None for text."""
    if isinstance(v, str):
        return None
    if isinstance(v, torch.Tensor):
        return cell(v)
    if isinstance(v, bool):
        return {"kind": "bool", "value": v}
    if v is None:
        return {"kind": "text", "value": "None"}
    if isinstance(v, tuple):
        return tuple_cell([value(i) for i in v])
    if hasattr(v, "next_functions"):
        return {"kind": "grad_fn", "value": type(v).__name__}
    raise TypeError(f"cannot record {v!r}")


def run(name):
    source = (HERE / f"{name}.py").read_text()
    # Each print statement's own text (no trailing comment), by its line: the translation's label.
    statements = {n.lineno: ast.get_source_segment(source, n) for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Expr)}
    prints = []

    def recorder(*args, **_kwargs):
        line = sys._getframe(1).f_lineno
        values = [x for x in (value(a) for a in args) if x is not None]
        prints.append({"line": line, "source": statements[line], "values": values})

    torch.set_default_dtype(torch.float32)
    torch.manual_seed(DEFAULT_SEED)
    exec(compile(source, f"{name}.py", "exec"), {"print": recorder, "__name__": "__main__"})
    return prints


if __name__ == "__main__":
    print(dump({name: run(name) for name in TUTORIALS}))
