#!/usr/bin/python3
"""Writes tests/libm/goldens.txt: glibc's log, exp, sin, cos and tan on ~2,000 inputs each.

Run on the reference machine (Debian 12, glibc 2.36, a CPU with AVX2 and FMA, so that glibc's
ifunc picks the FMA variants PyTorch's samplers see):

    /usr/bin/python3 tests/libm/generate_goldens.py

math.log/exp/sin/cos/tan call the C library directly. Where Python raises instead of returning
the C result (log of 0 or a negative number, exp overflow, trig of inf), the value comes from
libm through ctypes, so the special cases are covered too. CI never runs this; the Catch2 test
tests/engine/test_glibc_double.cpp compares ag::glibc against the committed file.

Format: one "fn input output" line per case, both as the 16 hex digits of the double's bits.
"""
import ctypes
import math
import os
import platform
import random
import struct
import sys

PER_FUNCTION_SEED = {"log": 1, "exp": 2, "sin": 3, "cos": 4, "tan": 5}


H = float.fromhex  # Python has no hex float literals


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(u):
    return struct.unpack("<d", struct.pack("<Q", u & (2**64 - 1)))[0]


def neighbours(x, count=2):
    """x and the `count` doubles on each side of it (finite x only)."""
    out = [x]
    if math.isfinite(x):
        lo = hi = x
        for _ in range(count):
            lo = math.nextafter(lo, -math.inf)
            hi = math.nextafter(hi, math.inf)
            out += [lo, hi]
    return out


class Draw:
    """The input distributions of tests/libm/check_against_glibc.cpp, in Python."""

    def __init__(self, seed):
        self.rng = random.Random(seed)

    def u53(self):  # PyTorch's uniform double
        return (self.rng.getrandbits(64) >> 11) * 2.0**-53

    def u24(self):  # PyTorch's uniform float, as a double
        return (self.rng.getrandbits(64) >> 40) * 2.0**-24

    def uniform(self, lo, hi):
        return lo + (hi - lo) * self.u53()

    def any_bits(self):
        return from_bits(self.rng.getrandbits(64))

    def any_positive(self):
        return from_bits(self.rng.getrandbits(63))

    def log_uniform(self, exp_max):
        """|x| log-uniform over the finite doubles below 2^(exp_max + 1), both signs."""
        b = self.rng.getrandbits(64)
        e = ((b >> 52) & 0x7FF) % (1023 + exp_max + 1)
        return from_bits((b & 0x800FFFFFFFFFFFFF) | (e << 52))


COMMON_SPECIALS = [
    0.0, -0.0, 5e-324, -5e-324, from_bits(0x000FFFFFFFFFFFFF), 2.2250738585072014e-308,
    -2.2250738585072014e-308, 2.0**-600, 1.0, -1.0, 0.5, 2.0, math.pi, -math.pi, math.pi / 2,
    -math.pi / 2, math.pi / 4, 2 * math.pi, 1e6, -1e6, 1e22, 1e300, 1.7976931348623157e308,
    -1.7976931348623157e308, math.inf, -math.inf, math.nan,
]


def cases(fn):
    d = Draw(PER_FUNCTION_SEED[fn])
    xs = []
    for s in COMMON_SPECIALS:
        xs += neighbours(s, 1)
    if fn == "log":
        for s in [1 - 2.0**-4, 1 + H("0x1.09p-4"), H("0x1.6p-1"), H("0x1.6p0"), H("0x1.fp-1"),
                  H("0x1.0fp0")]:
            xs += neighbours(s)
        xs += [1 - d.u53() for _ in range(500)]
        xs += [d.u53() for _ in range(300)]
        xs += [1 - d.u24() for _ in range(100)]
        xs += [1 + d.uniform(-2.0**-4, H("0x1.1p-4")) for _ in range(400)]
        xs += [d.any_positive() for _ in range(400)]
        xs += [from_bits(d.rng.getrandbits(52)) for _ in range(100)]  # subnormals
        xs += [-d.u53() for _ in range(20)]
    elif fn == "exp":
        for s in [709.782712893384, -745.1332191019411, -708.3964185322641, 512.0, -512.0,
                  1024.0, -1024.0, 2.0**-54, -(2.0**-54)]:
            xs += neighbours(s)
        xs += [d.uniform(-745.0, 710.0) for _ in range(500)]
        xs += [d.uniform(-20.0, 20.0) for _ in range(400)]
        xs += [d.uniform(-1.0, 1.0) for _ in range(300)]
        xs += [d.uniform(-746.0, -708.0) for _ in range(300)]
        xs += [d.uniform(512.0, 710.0) for _ in range(150)]
        xs += [d.log_uniform(-30) for _ in range(100)]
        xs += [d.any_bits() for _ in range(150)]
    elif fn in ("sin", "cos"):
        for u in [0x3E400000, 0x3E500000, 0x3FEB6000, 0x400368FD, 0x419921FB]:
            xs += neighbours(from_bits(u << 32))
        xs += neighbours(0.126) + neighbours(-0.126) + neighbours(105414350.0)
        xs += [6381956970095103.0 * 2.0**797, 5 * math.pi / 2, 1e15, 1e100, 2.0**1023]
        xs += [2 * math.pi * d.u53() for _ in range(500)]
        xs += [d.uniform(-2 * math.pi, 2 * math.pi) for _ in range(200)]
        xs += [d.uniform(-1.0, 1.0) for _ in range(300)]
        xs += [d.uniform(-1e6, 1e6) for _ in range(300)]
        xs += [d.log_uniform(29) for _ in range(300)]
        xs += [d.log_uniform(1023) for _ in range(200)]
        xs += [d.any_bits() for _ in range(100)]
    elif fn == "tan":
        for s in [H("0x1.b096cp-27"), H("0x1.f212dp-5"), H("0x1.92f1ap-1"), 25.0, -25.0, 1e8, -1e8]:
            xs += neighbours(s)
        xs += [math.pi * (d.u53() - 0.5) for _ in range(500)]
        xs += [d.uniform(-math.pi / 2, math.pi / 2) for _ in range(200)]
        xs += [d.uniform(-0.8, 0.8) for _ in range(300)]
        xs += [d.uniform(-25.0, 25.0) for _ in range(300)]
        xs += [d.uniform(-1e8, 1e8) for _ in range(250)]
        xs += [d.log_uniform(29) for _ in range(200)]
        xs += [d.log_uniform(1023) for _ in range(150)]
        xs += [d.any_bits() for _ in range(100)]
    return xs


def c_library_function(name):
    libm = ctypes.CDLL("libm.so.6")
    f = getattr(libm, name)
    f.restype = ctypes.c_double
    f.argtypes = [ctypes.c_double]
    return f


def evaluate(fn, x):
    try:
        return getattr(math, fn)(x)
    except (ValueError, OverflowError):
        return c_library_function(fn)(x)


def check_machine():
    libc = platform.libc_ver()
    flags = set()
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("flags"):
                flags = set(line.split(":", 1)[1].split())
                break
    if libc != ("glibc", "2.36") or not {"fma", "avx2"} <= flags or platform.machine() != "x86_64":
        sys.exit(f"not the reference machine (libc {libc}, x86_64 with fma+avx2 needed); "
                 "pass --force to write anyway")


def main():
    if "--force" not in sys.argv:
        check_machine()
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "goldens.txt")
    lines = ["# glibc 2.36 (FMA variants) results for ag::glibc's tests; "
             "written by tests/libm/generate_goldens.py.",
             "# fn input-bits output-bits"]
    for fn in ["log", "exp", "sin", "cos", "tan"]:
        xs = cases(fn)
        for x in xs:
            lines.append(f"{fn} {bits(x):016x} {bits(evaluate(fn, x)):016x}")
        print(f"{fn}: {len(xs)} cases")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
