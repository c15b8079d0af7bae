# repr(float) is the shortest text that reads back, the nearest one where two are as short:
# powers of two (whose neighbours are unevenly spaced), tiny and huge values, random doubles.
import random

print([repr(2.0 ** k) for k in range(-1074, 1024, 7)])
print([repr(2.0 ** k) for k in (-1017, -1022, -1074, 1023, 60, 63, 64, 100)])
print([repr(-(2.0 ** k) * 3) for k in range(-60, 60, 9)])
random.seed(12)
# Scales are literals, not 10.0 ** k: wasm's pow (no fused multiply-add) can differ in the last bit.
scales = [1e-300, 1e-30, 1e-20, 1e-10, 1e-5, 1.0, 1e5, 1e10, 1e16, 1e20, 1e30, 1e300]
values = [random.random() * random.choice(scales) for _ in range(300)]
print([repr(v) for v in values])
print(repr(0.1 + 0.2), repr(1 / 3), repr(5e-324), repr(1.7976931348623157e308), repr(1e16), repr(1e15))
