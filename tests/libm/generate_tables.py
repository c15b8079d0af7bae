#!/usr/bin/python3
"""Rederives the derivable tables of engine/libm from first principles and checks the sources.

    /usr/bin/python3 tests/libm/generate_tables.py          # check engine/libm against them
    /usr/bin/python3 tests/libm/generate_tables.py --print  # print them as C++ initialisers

* exp.cpp's kTable (glibc's __exp_data.tab): for k in [0, 128), H = (double) 2^(k/128) and
  T = (double) (2^(k/128) / H - 1); tab[2k] = bits(T), tab[2k+1] = bits(H) - (k << 45).
* branred.cpp's kTwoOverPiDigits (glibc's toverp): the first 75 base-2^24 digits of 2/pi.

The other tables (log's invc/logc, sin/cos's __sincostab, tan's xfg) are not derivable: glibc's
values come from searches or from less precise computations, so they are copied value for value
(see the comments next to them).
"""
import os
import re
import struct
import sys
from decimal import Decimal, getcontext
from fractions import Fraction

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "engine", "libm")


def double_bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def nearest_double(d):
    """Decimal -> nearest double (Python's float() of a decimal string rounds correctly)."""
    return float(format(d, ".60e"))


def exp_table():
    getcontext().prec = 80
    ln2 = Decimal(2).ln()
    out = []
    for k in range(128):
        v = (ln2 * k / 128).exp()
        h = nearest_double(v)
        t = nearest_double(v / Decimal(h) - 1)
        out += [double_bits(t), (double_bits(h) - (k << 45)) % 2**64]
    return out


def pi_fraction(bits):
    """pi to about `bits` bits, by Machin's formula in integers."""
    scale = 1 << (bits + 32)

    def arctan_inv(n):
        total, term, k, sign = 0, scale // n, 1, 1
        while term:
            total += sign * (term // k)
            term //= n * n
            k += 2
            sign = -sign
        return total

    return Fraction(16 * arctan_inv(5) - 4 * arctan_inv(239), scale)


def two_over_pi_digits(count):
    x = 2 / pi_fraction(24 * count + 64)
    digits = []
    for _ in range(count):
        x *= 1 << 24
        d = int(x)
        digits.append(d)
        x -= d
    return digits


def source_numbers(filename, array_name):
    text = open(os.path.join(ROOT, filename)).read()
    body = re.search(array_name + r"\[[^\]]*\] = \{(.*?)\};", text, re.S).group(1)
    body = re.sub(r"//[^\n]*", "", body)
    values = re.findall(r"0x[0-9a-f]+|[0-9.]+", body)
    return [int(v, 16) if v.startswith("0x") else float(v) for v in values]


def main():
    exp = exp_table()
    digits = two_over_pi_digits(75)
    if "--print" in sys.argv:
        for i in range(0, len(exp), 2):
            print(f"    0x{exp[i]:016x}, 0x{exp[i + 1]:016x},")
        print(", ".join(f"{d}.0" for d in digits))
        return
    ok = True
    if source_numbers("exp.cpp", "kTable") != exp:
        print("exp.cpp kTable differs from the derivation")
        ok = False
    if source_numbers("branred.cpp", "kTwoOverPiDigits") != [float(d) for d in digits]:
        print("branred.cpp kTwoOverPiDigits differs from the derivation")
        ok = False
    print("tables match their derivations" if ok else "MISMATCH")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
