#!/usr/bin/env python3
"""Runs tests/golden/engine_cases.py with real PyTorch 1.13 and writes engine_goldens.json.

Run with Debian's PyTorch:  /usr/bin/python3 tests/golden/generate_engine_goldens.py
CI never runs this; it compares against the committed JSON.
"""
import json
import math
import os
import sys

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(__file__))
from engine_cases import CASES  # noqa: E402

DTYPES = {None: None, "float32": torch.float32, "float64": torch.float64, "int64": torch.int64,
          "bool": torch.bool}
REDUCTIONS = {"mean": "mean", "sum": "sum", "none": "none"}


def decode(data):
    if isinstance(data, list):
        return [decode(v) for v in data]
    if isinstance(data, str):
        return float(data)  # "nan", "inf", "-inf"
    return data


def encode_tree(value):
    if isinstance(value, list):
        return [encode_tree(v) for v in value]
    if isinstance(value, dict):
        return {k: encode_tree(v) for k, v in value.items()}
    return encode_number(value)


def make_input(spec):
    t = torch.tensor(decode(spec["data"]), dtype=DTYPES[spec["dtype"]])
    if spec["requires_grad"]:
        t.requires_grad_(True)
    return t


def binary(op, a, b, reverse):
    if reverse:  # Python scalar on the left: 2 * x, 2 - x, 2 / x, 2 ** x
        a, b = b, a
        return {"add": lambda: b + a, "sub": lambda: b - a, "mul": lambda: b * a,
                "div": lambda: b / a, "pow": lambda: b ** a}[op]()
    return {"add": lambda: a + b, "sub": lambda: a - b, "mul": lambda: a * b, "div": lambda: a / b,
            "pow": lambda: a ** b, "floor_divide": lambda: a // b, "remainder": lambda: a % b}[op]()


W = torch.tensor([[1.0, -0.5, 0.25], [0.5, 2.0, -1.0]])
FUNCTIONS = {
    "double": lambda x: 2 * x,
    "square_sum": lambda x: (x * x).sum(),
    "softmax": lambda x: F.softmax(x, dim=0),
    "tanh_matvec": lambda x: torch.tanh(W.mv(x)),
    "cube": lambda x: x ** 3,
    "cube_sum": lambda x: (x ** 3).sum(),
}


def run_op(env, out, op, args, kw):
    if op == "jacobian":
        return torch.autograd.functional.jacobian(FUNCTIONS[args[0]], args[1],
                                                  vectorize=kw.get("vectorize", False))
    if op == "hessian":
        return torch.autograd.functional.hessian(FUNCTIONS[args[0]], args[1])
    if op == "vjp":
        return torch.autograd.functional.vjp(FUNCTIONS[args[0]], args[1], args[2])[1]
    if op == "jvp":
        return torch.autograd.functional.jvp(FUNCTIONS[args[0]], args[1], args[2])[1]
    dtype = DTYPES[kw.get("dtype")]
    if op in ("add", "sub", "mul", "div", "pow", "floor_divide", "remainder"):
        return binary(op, args[0], args[1], kw.get("reverse", False))
    if op in ("gt", "lt", "ge", "le", "eq", "ne"):
        return getattr(args[0], op)(args[1])
    if op in ("neg", "exp", "log", "sqrt", "sin", "cos", "tanh", "sigmoid", "relu", "abs", "clone",
              "detach", "t", "flatten", "item"):
        return getattr(args[0], op)()
    if op == "squeeze":
        return args[0].squeeze(*args[1:])
    if op in ("sum", "mean", "prod", "norm"):
        if "dim" in kw:
            return getattr(args[0], op)(dim=kw["dim"], keepdim=kw.get("keepdim", False))
        return getattr(args[0], op)()
    if op in ("max", "min"):
        if "dim" in kw:
            values, indices = getattr(args[0], op)(dim=kw["dim"], keepdim=kw.get("keepdim", False))
            env[out + "_indices"] = indices
            return values
        return getattr(args[0], op)()
    if op in ("argmax", "argmin"):
        if "dim" in kw:
            return getattr(args[0], op)(dim=kw["dim"], keepdim=kw.get("keepdim", False))
        return getattr(args[0], op)()
    if op in ("mm", "mv", "dot", "matmul"):
        return getattr(torch, op)(args[0], args[1])
    if op in ("view", "reshape", "expand", "permute"):
        return getattr(args[0], op)(*args[1])
    if op == "setitem":
        args[0][args[1]] = args[2]
        return None
    if op == "getitem":
        return args[0][args[1]]
    if op in ("transpose", "unsqueeze", "select"):
        return getattr(args[0], op)(*args[1:])
    if op == "slice":
        x, dim, start, end, step = args
        index = [slice(None)] * x.dim()
        index[dim] = slice(start, end, step)
        return x[tuple(index)]
    if op in ("stack", "cat"):
        return getattr(torch, op)(args[0], dim=kw.get("dim", 0))
    if op == "where":
        return torch.where(*args)
    if op in ("softmax", "log_softmax"):
        return getattr(F, op)(args[0], dim=args[1])
    if op in ("mse_loss", "cross_entropy", "nll_loss"):
        return getattr(F, op)(args[0], args[1], reduction=kw.get("reduction", "mean"))
    if op == "backward":
        grad = kw.get("gradient")
        args[0].backward(grad, retain_graph=kw.get("retain_graph"),
                         create_graph=kw.get("create_graph", False))
        return None
    if op == "autograd_grad":
        return torch.autograd.grad(args[0], args[1])[0]
    if op == "grad_of":
        return args[0].grad
    if op == "zero_grad":
        args[0].grad.data.zero_()
        return None
    if op == "retain_grad":
        args[0].retain_grad()
        return None
    if op == "requires_grad_":
        args[0].requires_grad_()
        return None
    if op == "set_requires_grad":
        args[0].requires_grad = args[1]
        return None
    if op == "data":
        return args[0].data
    if op in ("add_", "sub_", "mul_", "div_"):
        return getattr(args[0], op)(args[1])
    if op == "fill_":
        return args[0].fill_(args[1])
    if op == "zero_":
        return args[0].zero_()
    if op == "tensor":
        return torch.tensor(args[0], dtype=dtype)
    if op in ("zeros", "ones"):
        return getattr(torch, op)(*args[0], dtype=dtype)
    if op == "full":
        return torch.full(args[0], args[1], dtype=dtype)
    if op == "eye":
        return torch.eye(*args, dtype=dtype)
    if op == "arange":
        return torch.arange(*args, dtype=dtype)
    if op == "linspace":
        return torch.linspace(*args, dtype=dtype)
    if op in ("zeros_like", "ones_like"):
        return getattr(torch, op)(args[0], dtype=dtype)
    if op == "manual_seed":
        torch.manual_seed(args[0])
        return None
    if op in ("rand", "randn"):
        return getattr(torch, op)(*args[0], dtype=dtype)
    if op == "randint":
        return torch.randint(args[0], args[1], tuple(args[2]))
    raise ValueError(f"unknown op {op}")


def resolve(env, value):
    if isinstance(value, str) and value.startswith("$"):
        return env[value[1:]]
    if isinstance(value, list):
        return [resolve(env, v) for v in value]
    return value


def encode_number(v):
    if isinstance(v, float):
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
    return v


def flatten(values):
    if isinstance(values, list):
        out = []
        for v in values:
            out.extend(flatten(v))
        return out
    return [encode_number(values)]


def describe(t):
    if t is None:
        return {"none": True}
    if not isinstance(t, torch.Tensor):
        return {"python": repr(t)}
    return {
        "repr": repr(t),
        "dtype": str(t.dtype),
        "shape": list(t.shape),
        # Large (summarised) tensors are checked through their printed text only.
        "values": flatten(t.detach().tolist()) if t.numel() <= 200 else None,
        "requires_grad": t.requires_grad,
        "is_leaf": t.is_leaf,
        "grad_fn": type(t.grad_fn).__name__ if t.grad_fn is not None else None,
    }


def lookup(env, name):
    if name.endswith(".grad"):
        t = env[name[:-5]]
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return t.grad
    return env[name]


def run_case(c):
    env = {name: make_input(spec) for name, spec in c["inputs"].items()}
    result = {"name": c["name"], "error": None, "shown": {}}
    for step, raw in enumerate(c["ops"]):
        out, op, *rest = raw
        kw = rest.pop() if rest and isinstance(rest[-1], dict) else {}
        args = [resolve(env, a) for a in rest]
        kw = {k: resolve(env, v) for k, v in kw.items()}
        try:
            if kw.get("no_grad"):
                with torch.no_grad():
                    value = run_op(env, out, op, args, kw)
            else:
                value = run_op(env, out, op, args, kw)
        except Exception as e:  # the error is the expected output
            result["error"] = {"type": type(e).__name__, "message": str(e), "step": step}
            return result
        if out != "_":
            env[out] = value
    for name in c["show"]:
        result["shown"][name] = describe(lookup(env, name))
    return result


def main():
    torch.manual_seed(0)
    results = [run_case(c) for c in CASES]
    payload = {"torch_version": torch.__version__, "cases": encode_tree(CASES), "results": results}
    path = os.path.join(os.path.dirname(__file__), "engine_goldens.json")
    with open(path, "w") as f:
        json.dump(payload, f, indent=1, allow_nan=False)
        f.write("\n")
    print(f"wrote {len(results)} cases to {path}")


if __name__ == "__main__":
    main()
