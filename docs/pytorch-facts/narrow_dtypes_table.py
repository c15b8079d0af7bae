#!/usr/bin/python3
"""Which ops work on CPU in PyTorch 1.13 for float16, bfloat16, int32 and uint8, and what they return.

Run:  OMP_NUM_THREADS=1 /usr/bin/python3 docs/pytorch-facts/narrow_dtypes_table.py

Prints a Markdown table: for each op and dtype either the result dtype or the exact error text
(`ExceptionType: message`, first line). Inputs are small 2x3 tensors of positive values, so every
op is defined mathematically; a second operand, where there is one, has the same dtype.
After the table it checks, and prints the evidence for, the rules written up in narrow-dtypes.md:
float -> narrow integer conversion, float16/bfloat16 rounding, reduction accumulators, half autograd.
The output is pasted into narrow-dtypes.md.
"""
import math
import warnings

import torch
import torch.nn.functional as F

warnings.simplefilter("ignore")
DTYPES = [torch.float16, torch.bfloat16, torch.int32, torch.uint8]


def make(dt):
    return torch.tensor([[1, 2, 3], [4, 5, 6]]).to(dt)


def idx(dt):
    return torch.tensor([1, 0], dtype=dt)


OPS = [
    ("add", lambda x: x + x),
    ("sub", lambda x: x - x),
    ("mul", lambda x: x * x),
    ("div", lambda x: x / x),
    ("div floor (`//`)", lambda x: x // x),
    ("remainder (`%`)", lambda x: x % x),
    ("neg", lambda x: -x),
    ("abs", lambda x: x.abs()),
    ("sign", lambda x: x.sign()),
    ("exp", lambda x: x.exp()),
    ("log", lambda x: x.log()),
    ("sin", lambda x: x.sin()),
    ("cos", lambda x: x.cos()),
    ("tanh", lambda x: x.tanh()),
    ("sigmoid", lambda x: x.sigmoid()),
    ("relu", lambda x: torch.relu(x)),
    ("sqrt", lambda x: x.sqrt()),
    ("rsqrt", lambda x: x.rsqrt()),
    ("pow(x, 2)", lambda x: x.pow(2)),
    ("pow(x, 0.5)", lambda x: x.pow(0.5)),
    ("pow(x, x)", lambda x: x.pow(x)),
    ("clamp(2, 5)", lambda x: x.clamp(2, 5)),
    ("clamp(min=2.5)", lambda x: x.clamp(min=2.5)),
    ("floor", lambda x: x.floor()),
    ("ceil", lambda x: x.ceil()),
    ("round", lambda x: x.round()),
    ("trunc", lambda x: x.trunc()),
    ("sum", lambda x: x.sum()),
    ("sum(dim=1)", lambda x: x.sum(1)),
    ("mean", lambda x: x.mean()),
    ("mean(dim=1)", lambda x: x.mean(1)),
    ("prod", lambda x: x.prod()),
    ("cumsum(dim=1)", lambda x: x.cumsum(1)),
    ("max", lambda x: x.max()),
    ("max(dim=1)", lambda x: x.max(1).values),
    ("min", lambda x: x.min()),
    ("argmax", lambda x: x.argmax()),
    ("argmax(dim=1)", lambda x: x.argmax(1)),
    ("sort(dim=1)", lambda x: x.sort(1).values),
    ("topk(2)", lambda x: x.topk(2).values),
    ("matmul (2x3 @ 3x2)", lambda x: x @ x.t()),
    ("mm", lambda x: torch.mm(x, x.t())),
    ("matmul 1-D dot", lambda x: x[0] @ x[1]),
    ("softmax(dim=1)", lambda x: torch.softmax(x, 1)),
    ("log_softmax(dim=1)", lambda x: F.log_softmax(x, 1)),
    ("where(x > 2, x, x)", lambda x: torch.where(x > 2, x, x)),
    ("masked_fill(x > 2, 0)", lambda x: x.masked_fill(x > 2, 0)),
    ("cat", lambda x: torch.cat([x, x])),
    ("stack", lambda x: torch.stack([x, x])),
    ("index_select(0, int64 idx)", lambda x: x.index_select(0, idx(torch.int64))),
    ("index_select(0, idx of this dtype)", lambda x: x.index_select(0, idx(x.dtype))),
    ("gather(1, int64 idx)", lambda x: x.gather(1, torch.tensor([[0], [2]]))),
    ("gather(1, idx of this dtype)", lambda x: x.gather(1, torch.tensor([[0], [2]]).to(x.dtype))),
    ("eq", lambda x: x == x),
    ("lt", lambda x: x < x),
]


def cell(fn, dt):
    try:
        r = fn(make(dt) if dt is not None else None)
    except Exception as e:  # the exact text is the point
        msg = str(e).splitlines()[0] if str(e) else ""
        return f"**{type(e).__name__}**: `{msg}`"
    return str(r.dtype).replace("torch.", "") if dt is not None else str(r)


def main():
    print("| op | " + " | ".join(str(d).replace("torch.", "") for d in DTYPES) + " |")
    print("|---|" + "---|" * len(DTYPES))
    for name, fn in OPS:
        print(f"| {name} | " + " | ".join(cell(fn, d) for d in DTYPES) + " |")
    print()
    checks()


def int_model(v, bits, signed, via=32):
    """float -> int`via` the way cvttss2si/cvttsd2si does it (truncate; NaN, inf, out of range ->
    the most negative int`via`), then keep the low `bits` bits (two's complement)."""
    lo = -2**(via - 1)
    i = lo if (math.isnan(v) or math.isinf(v) or not lo <= v < -lo) else int(v)
    m = i & ((1 << bits) - 1)
    return m - (1 << bits) if signed and m >= 1 << (bits - 1) else m


def checks():
    import random
    rng = random.Random(1)
    vals = []
    for e in range(70):                      # every magnitude up to 2**70, both signs, and x.5
        for _ in range(6):
            v = rng.uniform(2**e, 2**(e + 1))
            vals += [v, -v, float(int(v)) + 0.5]
    vals += [-0.7, float("nan"), float("inf"), -float("inf"), -2147483649.0, 2.0**32 + 513, 1e10 + 7]
    print("float -> narrow int: elements matching the model 'via int32' / 'via int64' (contiguous, every 3rd, 1..39 long)")
    for src in [torch.float32, torch.float64, torch.float16, torch.bfloat16]:
        row = []
        for dt, bits, signed in [(torch.uint8, 8, False), (torch.int8, 8, True), (torch.int16, 16, True), (torch.int32, 32, True)]:
            n = m32 = m64 = 0
            x = torch.tensor(vals, dtype=torch.float64).to(src)
            views = [x, x[::3]] + [x[-k:] for k in range(1, 40)]
            for view in views:
                ref = view.double().tolist()
                got = view.to(dt).tolist()
                n += len(got)
                m32 += sum(g == int_model(v, bits, signed, 32) for g, v in zip(got, ref))
                m64 += sum(g == int_model(v, bits, signed, 64) for g, v in zip(got, ref))
            row.append(f"{str(dt)[6:]}: {m32}/{m64} of {n}")
        print(f"  {str(src)[6:]:9s}", " | ".join(row))
    x = torch.tensor([float("nan"), float("inf"), -float("inf"), 1e19, -1e19, 9.2e18])
    print("float32 -> int64 of nan, inf, -inf, 1e19, -1e19, 9.2e18:", x.long().tolist())
    big = torch.tensor([127, 128, 255, 256, -129, 1000, -1000, 2**31 + 3, 2**40 - 1])
    print("int64", big.tolist(), "-> int8", big.char().tolist(), "-> uint8", big.byte().tolist())
    print("float -> bool of -3.0, 0.5, nan, -0.0:", torch.tensor([-3.0, 0.5, float("nan"), -0.0]).bool().tolist())

    # rounding: ties to even from float32, and double -> narrow goes through float32 (double rounding)
    print("half ties 1+2^-11, 1+3*2^-11, 2049, 2051, 2053:",
          torch.tensor([1 + 2**-11, 1 + 3 * 2**-11, 2049.0, 2051.0, 2053.0]).half().tolist())
    print("bf16 ties 1+2^-8, 1+3*2^-8, 257, 259:", torch.tensor([1 + 2**-8, 1 + 3 * 2**-8, 257.0, 259.0]).bfloat16().tolist())
    a, b = 1 + 2**-11 + 2**-40, 1 + 2**-8 + 2**-40
    print("double 1+2^-11+2^-40 -> half via tensor()/to()/full():", torch.tensor([a], dtype=torch.half).item(),
          torch.tensor([a], dtype=torch.float64).half().item(), torch.full((1,), a, dtype=torch.half).item(), "(direct rounding: 1.0009765625)")
    print("double 1+2^-8+2^-40 -> bf16:", torch.tensor([b], dtype=torch.bfloat16).item(),
          torch.tensor([b], dtype=torch.float64).bfloat16().item(), "(direct rounding: 1.0078125)")
    print("half overflow/subnormal 65519, 65520, 6e-8, 2.9e-8, 3e-8:",
          torch.tensor([65519.0, 65520.0, 6e-8, 2.9e-8, 3e-8]).half().tolist())
    print("bf16 3.39e38, 3.4e38, 1e-39, 9.2e-41, 1e-45:", torch.tensor([3.39e38, 3.4e38, 1e-39, 9.2e-41, 1e-45]).bfloat16().tolist())
    print("tensor([1e6], dtype=half):", torch.tensor([1e6], dtype=torch.half).tolist(), "| full((1,), 1e6, dtype=half):", cell(lambda _: torch.full((1,), 1e6, dtype=torch.half), None))

    # accumulators
    print("half: sum of 1000 x 0.1 =", torch.full((1000,), 0.1, dtype=torch.half).sum().item(),
          "| 3000 sequential half adds of 1.0 =", sum_seq(3000), "| ones(3000).sum() =", torch.ones(3000, dtype=torch.half).sum().item())
    print("bf16: ones(5000).sum() =", torch.ones(5000, dtype=torch.bfloat16).sum().item(),
          "| ones(5000).cumsum(0)[-1] =", torch.ones(5000, dtype=torch.bfloat16).cumsum(0)[-1].item())

    # autograd through narrow float leaves
    for dt in [torch.float16, torch.bfloat16]:
        x = torch.tensor([1.0, 2.0, 3.0], dtype=dt, requires_grad=True)
        (x * x).sum().backward()
        print(f"{dt}: (x*x).sum().backward() -> grad {x.grad.tolist()} dtype {x.grad.dtype}")
        y = torch.tensor([0.5], dtype=dt, requires_grad=True)
        print(f"{dt}: y.exp().sum().backward() ->", cell(lambda _: y.exp().sum().backward() or y.grad, None))
    print("int32 requires_grad_():", cell(lambda _: torch.zeros(1, dtype=torch.int32).requires_grad_(), None))
    print("torch.tensor(int32, requires_grad=True):", cell(lambda _: torch.tensor([1], dtype=torch.int32, requires_grad=True), None))


def sum_seq(n):
    acc = torch.tensor(0.0, dtype=torch.half)
    one = torch.tensor(1.0, dtype=torch.half)
    for _ in range(n):
        acc = acc + one
    return acc.item()


if __name__ == "__main__":
    main()
