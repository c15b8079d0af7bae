#!/usr/bin/env python3
"""Writes narrow_goldens.json: how real PyTorch 1.13 brings wide values into the narrow dtypes.

float32 -> float16 / bfloat16 rounding (as the float32 bit pattern of the result), float32 and
float64 -> uint8 / int8 / int16 / int32 conversion, and int64 -> narrower integer wrapping, each
for hand-picked edge values and a few thousand seeded random ones. tests/engine/test_narrow.cpp
checks engine/tensor/narrow.cpp against it.

Run with Debian's PyTorch:  /usr/bin/python3 tests/golden/generate_narrow_goldens.py
CI never runs this; it compares against the committed JSON.
"""
import json
import os

import numpy as np
import torch

rng = np.random.default_rng(20261206)
INTS = {"uint8": torch.uint8, "int8": torch.int8, "int16": torch.int16, "int32": torch.int32}


def float32_inputs():
    edges = [0.0, -0.0, 1 + 2**-11, 1 + 3 * 2**-11, 2049, 2051, 2053, 257, 259, 65504, 65519, 65520,
             -65520, 3.4e38, 1e10, -1e10, 6e-8, 2.9e-8, 2**-24, 2**-25, 3 * 2**-26, 9.2e-41, 1e-45,
             1 / 3, float("inf"), float("-inf"), float("nan")]
    bits = rng.integers(0, 2**32, size=3000, dtype=np.uint64).astype(np.uint32)
    randoms = bits.view(np.float32)
    # also values near float16's range, where its rounding is most interesting
    near = (rng.standard_normal(1000) * 1000).astype(np.float32)
    return np.concatenate([np.array(edges, dtype=np.float32), randoms, near])


def bits_of(a):
    return [int(b) for b in np.asarray(a, dtype=np.float32).view(np.uint32)]


def rounding():
    x = float32_inputs()
    t = torch.from_numpy(x.copy())
    return {
        "input_bits": bits_of(x),
        "float16_bits": bits_of(t.half().float().numpy()),
        "bfloat16_bits": bits_of(t.bfloat16().float().numpy()),
    }


def conversion_inputs():
    edges = [300.0, -1.0, -0.7, 0.7, 256.0, -300.0, 1000.0, 40000.0, 127.9, -128.5, 255.5,
             2147483647.0, 2147483648.0, -2147483648.0, -2147483649.0, 3e9 + 7, 2.0**40 + 300,
             1e10, -1e10, 1e19, float("nan"), float("inf"), float("-inf")]
    mags = 10.0 ** rng.uniform(-1, 12, size=2000)
    signs = rng.choice([-1.0, 1.0], size=2000)
    return np.concatenate([np.array(edges), mags * signs])


def conversions():
    out = {}
    for source, np_dtype, torch_dtype in [("float32", np.float32, torch.float32), ("float64", np.float64, torch.float64)]:
        x = conversion_inputs().astype(np_dtype)
        entry = {"input": [float(v) if np.isfinite(v) else str(v) for v in x]}
        t = torch.from_numpy(x.copy()).to(torch_dtype)
        for name, d in INTS.items():
            entry[name] = [int(v) for v in t.to(d).tolist()]
        out[source] = entry
    return out


def wrapping():
    edges = [127, 128, 255, 256, -129, 1000, -1000, 2147483651, 1099511627775, -(2**63), 2**63 - 1, -1, 0]
    randoms = [int(v) for v in rng.integers(-(2**63), 2**63 - 1, size=2000, dtype=np.int64)]
    small = [int(v) for v in rng.integers(-70000, 70000, size=1000)]
    values = edges + randoms + small
    t = torch.tensor(values, dtype=torch.int64)
    entry = {"input": values}
    for name, d in INTS.items():
        entry[name] = [int(v) for v in t.to(d).tolist()]
    return entry


if __name__ == "__main__":
    doc = {"torch_version": torch.__version__, "rounding": rounding(), "conversions": conversions(), "wrapping": wrapping()}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "narrow_goldens.json")
    with open(path, "w") as f:
        json.dump(doc, f, separators=(",", ":"))
    print("wrote", path)
