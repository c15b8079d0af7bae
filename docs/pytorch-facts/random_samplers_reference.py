#!/usr/bin/env python3
"""Bit-exact pure-Python model of PyTorch 1.13's CPU random samplers (Debian build, AVX2, no MKL).

    /usr/bin/python3 docs/pytorch-facts/random_samplers_reference.py

Each sampler below is written in the exact arithmetic order of ATen (see random-samplers.md);
the script then draws the same numbers with real torch and prints, per case, OK or the number
of mismatching values. Only the comparison imports torch; the model needs the standard library
(struct for float32 rounding, fractions for exact fused multiply-adds, ctypes for libm's lgamma).
"""
import ctypes
import math
import struct
from fractions import Fraction

# ---------------------------------------------------------------- float helpers

_libm = ctypes.CDLL("libm.so.6")
_libm.lgamma.restype = ctypes.c_double
_libm.lgamma.argtypes = [ctypes.c_double]


def f32(x):
    """Round a double to float32 (round to nearest even), as a C cast does."""
    return struct.unpack("<f", struct.pack("<f", x))[0]


def f32_bits(x):
    return struct.unpack("<I", struct.pack("<f", x))[0]


def f32_from_bits(u):
    return struct.unpack("<f", struct.pack("<I", u & 0xFFFFFFFF))[0]


def fma64(a, b, c):
    """std::fma on doubles: a*b+c rounded once (float(Fraction) rounds correctly)."""
    return float(Fraction(a) * Fraction(b) + Fraction(c))


def _f32_neighbours(d):
    f = f32(d)
    if f == d:
        return f, f
    u = f32_bits(f)
    step = 1 if (f > d) == (f < 0) else -1  # move away from / towards zero in bit space
    g = f32_from_bits(u + step)
    return (min(f, g), max(f, g))


def fma32(a, b, c):
    """_mm256_fmadd_ps lane: a*b+c on float32 values, rounded once to float32."""
    exact = Fraction(a) * Fraction(b) + Fraction(c)
    d = float(exact)
    lo, hi = _f32_neighbours(d)
    if lo != hi and Fraction(d) == (Fraction(lo) + Fraction(hi)) / 2 and Fraction(d) != exact:
        return hi if exact > Fraction(d) else lo  # d sits on a float32 midpoint: exact decides
    return f32(d)


# ---------------------------------------------------------------- mt19937 + CPUGeneratorImpl

class MT19937:
    """at::mt19937 (aten/src/ATen/core/MT19937RNGEngine.h): init_genrand on the seed's low 32 bits."""

    def __init__(self, seed):
        self.seed = seed & 0xFFFFFFFFFFFFFFFF
        s = [0] * 624
        s[0] = seed & 0xFFFFFFFF
        for j in range(1, 624):
            s[j] = (1812433253 * (s[j - 1] ^ (s[j - 1] >> 30)) + j) & 0xFFFFFFFF
        self.state, self.left, self.next = s, 1, 0

    def _twist(self):
        s = self.state
        for k in range(624):
            y = (s[k] & 0x80000000) | (s[(k + 1) % 624] & 0x7FFFFFFF)
            s[k] = s[(k + 397) % 624] ^ (y >> 1) ^ (0x9908B0DF if s[(k + 1) % 624] & 1 else 0)
        self.left, self.next = 624, 0

    def __call__(self):
        self.left -= 1
        if self.left == 0:
            self._twist()
        y = self.state[self.next]
        self.next += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        return y & 0xFFFFFFFF


class Generator:
    """at::CPUGeneratorImpl: the engine plus the cached second Box-Muller value (double)."""

    DEFAULT_SEED = 67280421310721  # torch.Generator() before any manual_seed

    def __init__(self, seed=DEFAULT_SEED):
        self.manual_seed(seed)

    def manual_seed(self, seed):
        self.engine = MT19937(seed % 2**64)  # negative seeds wrap modulo 2**64
        self.next_double_normal = None
        self.next_float_normal = None
        return self

    def initial_seed(self):
        return self.engine.seed

    def random(self):
        return self.engine()

    def random64(self):
        hi = self.engine()
        lo = self.engine()
        return (hi << 32) | lo

    # at::uniform_real_distribution<T>(0, 1): 24 bits of random() for float, 53 of random64() for double
    def uniform_float(self):
        return (self.random() & 0xFFFFFF) * 2.0 ** -24

    def uniform_double(self):
        return (self.random64() & (2**53 - 1)) * 2.0 ** -53

    def normal_double(self, mean=0.0, std=1.0):
        """at::normal_distribution<double>: Box-Muller, caching r*sin; returns fma(z, std, mean)."""
        if self.next_double_normal is not None:
            z, self.next_double_normal = self.next_double_normal, None
            return fma64(z, std, mean)
        u1 = self.uniform_double()
        u2 = self.uniform_double()
        r = math.sqrt(-2.0 * math.log(1.0 - u2))
        theta = 2.0 * math.pi * u1
        self.next_double_normal = r * math.sin(theta)
        return fma64(r * math.cos(theta), std, mean)

    # torch.get_rng_state() / Generator.get_state(): CPUGeneratorImplState, 5056 bytes little-endian
    def get_state(self):
        e = self.engine
        b = struct.pack("<QiiQ", e.seed, e.left, 1, e.next)
        b += struct.pack("<624Q", *e.state)
        valid = self.next_double_normal is not None
        b += struct.pack("<dddi", 0.0, self.next_double_normal if valid else 0.0, 0.0, int(valid))
        b += b"\0" * 4
        fvalid = self.next_float_normal is not None
        b += struct.pack("<f?", self.next_float_normal if fvalid else 0.0, fvalid) + b"\0" * 3
        assert len(b) == 5056
        return b

    def set_state(self, b):
        if len(b) not in (5048, 5056):
            raise RuntimeError("Expected either a CPUGeneratorImplStateLegacy of size 5048 or a "
                               "CPUGeneratorImplState of size 5056 but found the input RNG state "
                               "size to be %d" % len(b))
        seed, left, seeded, nxt = struct.unpack_from("<QiiQ", b, 0)
        if not (seeded and 0 < left <= 624 and nxt <= 624):
            raise RuntimeError("Invalid mt19937 state")
        e = MT19937(0)
        e.seed, e.left, e.next = seed, left, nxt
        e.state = [w & 0xFFFFFFFF for w in struct.unpack_from("<624Q", b, 24)]
        self.engine = e
        nx, ny, nrho, nvalid = struct.unpack_from("<dddi", b, 5016)
        self.next_float_normal = None
        if len(b) == 5056:
            self.next_double_normal = ny if nvalid else None
            f, fvalid = struct.unpack_from("<f?", b, 5048)
            self.next_float_normal = f if fvalid else None
        else:  # legacy layout: the cached value is rebuilt as rho * sin(2*pi*x)
            self.next_double_normal = nrho * math.sin(2.0 * math.pi * nx) if nvalid else None


# ---------------------------------------------------------------- cephes float32 (avx_mathfun.h)

_LOG_P = [f32(float(s)) for s in ("7.0376836292E-2", "-1.1514610310E-1", "1.1676998740E-1",
                                  "-1.2420140846E-1", "1.4249322787E-1", "-1.6668057665E-1",
                                  "2.0000714765E-1", "-2.4999993993E-1", "3.3333331174E-1")]
_LOG_Q1, _LOG_Q2 = f32(-2.12194440e-4), f32(0.693359375)
_SQRTHF = f32(0.707106781186547524)
_FOPI = f32(1.27323954473516)
_MINUS_DP = [f32(-0.78515625), f32(-2.4187564849853515625e-4), f32(-3.77489497744594108e-8)]
_SIN_P = [f32(-1.9515295891E-4), f32(8.3321608736E-3), f32(-1.6666654611E-1)]
_COS_P = [f32(2.443315711809948E-005), f32(-1.388731625493765E-003), f32(4.166664568298827E-002)]


def log256_ps(x):
    """One lane of log256_ps as GCC compiles it with FMA contraction."""
    invalid = not (x > 0.0)
    x = max(x, f32_from_bits(0x00800000))
    ebits = f32_bits(x) >> 23
    x = f32_from_bits((f32_bits(x) & ~0x7F800000) | f32_bits(0.5))
    e = f32(float(ebits - 0x7F) + 1.0)
    below = x < _SQRTHF
    extra = x if below else 0.0
    x = f32(x - 1.0)
    e = f32(e - (1.0 if below else 0.0))
    x = f32(x + extra)
    z = f32(x * x)
    y = _LOG_P[0]
    for p in _LOG_P[1:]:
        y = fma32(y, x, p)
    y = f32(y * x)
    y = fma32(y, z, f32(e * _LOG_Q1))
    y = fma32(z, -0.5, y)
    x = f32(x + y)
    x = fma32(e, _LOG_Q2, x)
    return float("nan") if invalid else x


def sincos256_ps(x):
    sin_sign = f32_bits(x) & 0x80000000
    x = abs(x)
    octant = int(f32(x * _FOPI))
    octant = (octant + 1) & ~1
    y = float(octant)
    sin_sign ^= (octant & 4) << 29
    use_sin_poly = (octant & 2) == 0
    cos_sign = ((~(octant - 2)) & 4) << 29
    for dp in _MINUS_DP:
        x = fma32(y, dp, x)
    z = f32(x * x)
    c = fma32(fma32(_COS_P[0], z, _COS_P[1]), z, _COS_P[2])
    c = f32(c * z)
    c = fma32(c, z, -f32(z * 0.5))
    c = f32(c + 1.0)
    s = fma32(fma32(_SIN_P[0], z, _SIN_P[1]), z, _SIN_P[2])
    s = f32(s * z)
    s = fma32(s, x, x)
    sv, cv = (s, c) if use_sin_poly else (c, s)
    return (f32_from_bits(f32_bits(sv) ^ sin_sign), f32_from_bits(f32_bits(cv) ^ cos_sign))


# ---------------------------------------------------------------- samplers

def rand(g, n, double=False):
    return [g.uniform_double() if double else g.uniform_float() for _ in range(n)]


def uniform_(g, n, lo, hi, double=False):
    """uniform_kernel: bounds cast to the dtype, then fma(x, to - from, from) in that dtype."""
    if double:
        return [fma64(g.uniform_double(), hi - lo, lo) for _ in range(n)]
    lo, hi = f32(lo), f32(hi)
    return [fma32(g.uniform_float(), f32(hi - lo), lo) for _ in range(n)]


def _fill16_double(d, o, mean, std):
    for j in range(8):
        u1 = 1 - d[o + j]
        u2 = d[o + j + 8]
        radius = math.sqrt(-2 * math.log(u1))
        theta = 2.0 * math.pi * u2
        d[o + j] = fma64(radius * math.cos(theta), std, mean)
        d[o + j + 8] = fma64(radius * math.sin(theta), std, mean)


def _fill16_avx2(d, o, mean, std):
    two_pi = f32(2.0 * math.pi)
    for j in range(8):
        u1 = f32(1.0 - d[o + j])
        u2 = d[o + j + 8]
        radius = f32(math.sqrt(f32(-2.0 * log256_ps(u1))))
        s, c = sincos256_ps(f32(two_pi * u2))
        d[o + j] = fma32(f32(radius * c), std, mean)
        d[o + j + 8] = fma32(f32(radius * s), std, mean)


def normal_(g, n, mean=0.0, std=1.0, double=False, contiguous=True):
    """normal_kernel: n >= 16 and contiguous -> batched Box-Muller (uniforms first, blocks of 16,
    ragged tail redone with 16 fresh uniforms); else serial normal_distribution<double>."""
    if n >= 16 and contiguous:
        d = rand(g, n, double)
        fill = _fill16_double if double else _fill16_avx2
        if not double:
            mean, std = f32(mean), f32(std)
        for o in range(0, n - 15, 16):
            fill(d, o, mean, std)
        if n % 16:
            for i in range(16):
                d[n - 16 + i] = g.uniform_double() if double else g.uniform_float()
            fill(d, n - 16, mean, std)
        return d
    out = [g.normal_double(mean, std) for _ in range(n)]
    return out if double else [f32(v) for v in out]


def _round(double):
    return (lambda v: v) if double else f32


def normal_tensor_tensor(g, means, stds, double=False):
    """torch.normal(mean_t, std_t): out = normal_(0, 1); out.mul_(std); out.add_(mean)."""
    r = _round(double)
    z = normal_(g, len(means), 0.0, 1.0, double)
    return [r(r(v * s) + m) for v, s, m in zip(z, stds, means)]


def normal_tensor_float(g, means, std, double=False):
    """torch.normal(mean_t, std): out = normal_(0, std); out.add_(mean)."""
    r = _round(double)
    z = normal_(g, len(means), 0.0, std, double)
    return [r(v + m) for v, m in zip(z, means)]


def normal_float_tensor(g, mean, stds, double=False):
    """torch.normal(mean, std_t): out = normal_(0, 1); out.mul_(std); out.add_(full((), mean))."""
    r = _round(double)
    z = normal_(g, len(stds), 0.0, 1.0, double)
    return [r(r(v * s) + r(mean)) for v, s in zip(z, stds)]


def bernoulli_scalar(g, n, p):
    """bernoulli_(p: float) / torch.bernoulli(x, p): 53-bit uniform < p, per element."""
    return [float(g.uniform_double() < p) for _ in range(n)]


def bernoulli_tensor(g, probs, p_is_double=False):
    """bernoulli_(p_t) / torch.bernoulli(p_t): float p -> 24-bit uniform < p; double p -> 53-bit."""
    if p_is_double:
        return [float(g.uniform_double() < p) for p in probs]
    return [float(g.uniform_float() < p) for p in probs]


def exponential_(g, n, lambd=1.0, double=False):
    r = _round(double)
    return [r((-1.0 / lambd) * math.log(1.0 - g.uniform_double())) for _ in range(n)]


def geometric_(g, n, p):
    return [float(math.ceil(math.log(g.uniform_double()) / math.log(1.0 - p))) for _ in range(n)]


def cauchy_(g, n, median=0.0, sigma=1.0, double=False):
    r = _round(double)
    return [r(fma64(sigma, math.tan(math.pi * (g.uniform_double() - 0.5)), median)) for _ in range(n)]


def log_normal_(g, n, mean=1.0, std=2.0, double=False):
    r = _round(double)
    return [r(math.exp(g.normal_double(mean, std))) for _ in range(n)]


def randint(g, n, low, high):
    rng = high - low
    return [low + ((g.random64() if rng >= 2**32 else g.random()) % rng) for _ in range(n)]


def random_int64(g, n):
    """Tensor.random_() on int64: random64() % 2**63 (the DataLoader's seeds)."""
    return [g.random64() % 2**63 for _ in range(n)]


def randperm(g, n):
    r = list(range(n))
    for i in range(n - 1):
        z = g.random() % (n - i)
        r[i], r[z + i] = r[z + i], r[i]
    return r


def multinomial(g, rows, n_sample, replacement, double=False):
    """rows: list of probability rows (a 1-D input is one row)."""
    r = _round(double)
    if not replacement:
        # q = empty_like(p).exponential_(1); q = p / q; argmax (n=1) or topk(n): exponentials are
        # drawn for every element of the whole input first, row-major.
        qs = [[r(-1.0 * math.log(1.0 - g.uniform_double())) for _ in row] for row in rows]
        out = []
        for row, q in zip(rows, qs):
            v = [r(p / e) for p, e in zip(row, q)]
            out.append(sorted(range(len(v)), key=lambda i: (-v[i], i))[:n_sample])  # no ties here
        return out
    out = []
    for row in rows:
        total, cum = 0.0, []
        for p in row:
            total = r(total + p)  # running sum in the input dtype
            cum.append(total)
        cum = [r(c / total) for c in cum]
        cum[-1] = 1.0
        samples = []
        for _ in range(n_sample):
            u = g.uniform_double()
            left, right = 0, len(cum)
            while right - left > 0:
                mid = left + (right - left) // 2
                if cum[mid] < u:
                    left = mid + 1
                else:
                    right = mid
            samples.append(left)
        out.append(samples)
    return out


def sample_poisson(g, lam):
    """Distributions.cpp:sample_poisson (numpy's algorithm), double arithmetic, 53-bit uniforms."""
    if lam >= 10:
        slam = math.sqrt(lam)
        loglam = math.log(lam)
        b = 0.931 + 2.53 * slam
        a = -0.059 + 0.02483 * b
        invalpha = 1.1239 + 1.1328 / (b - 3.4)
        vr = 0.9277 - 3.6224 / (b - 2)
        while True:
            U = g.uniform_double() - 0.5
            V = g.uniform_double()
            us = 0.5 - abs(U)
            k = math.floor((2 * a / us + b) * U + lam + 0.43)
            if us >= 0.07 and V <= vr:
                return k
            if k < 0 or (us < 0.013 and V > us):
                continue
            if (math.log(V) + math.log(invalpha) - math.log(a / (us * us) + b)) <= \
                    (-lam + k * loglam - _libm.lgamma(k + 1.0)):
                return k
    if lam == 0:
        return 0
    enlam = math.exp(-lam)
    x, prod = 0, 1.0
    while True:
        prod *= g.uniform_double()
        if prod > enlam:
            x += 1
        else:
            return x


def dataloader_epochs(default_g, n, epochs, loader_g=None):
    """Index order of DataLoader(ds, shuffle=True, num_workers=0) over `epochs` full epochs."""
    out = []
    for _ in range(epochs):
        if loader_g is None:
            random_int64(default_g, 1)                      # _base_seed, at iter(loader)
            seed = random_int64(default_g, 1)[0]            # RandomSampler.__iter__, first batch
            out.append(randperm(Generator(seed), n))
        else:
            random_int64(loader_g, 1)                       # _base_seed from loader.generator
            out.append(randperm(loader_g, n))
            randperm(loader_g, n)                           # the sampler's trailing randperm(n)[:0]
    return out


# ---------------------------------------------------------------- comparison with torch

def main():
    import torch

    results = []

    def check(name, ours, theirs):
        ours, theirs = list(ours), list(theirs)
        bad = sum(1 for a, b in zip(ours, theirs) if not (a == b or (a != a and b != b)))
        bad += abs(len(ours) - len(theirs))
        results.append(bad == 0)
        print("%-44s %s" % (name, "OK (%d values)" % len(ours) if bad == 0 else "MISMATCH %d of %d" % (bad, len(ours))))

    def seeded(seed):
        torch.manual_seed(seed)
        return Generator(seed)

    F64 = torch.float64
    for seed in (0, 42):
        g = seeded(seed); check("rand(20) seed %d" % seed, rand(g, 20), torch.rand(20).tolist())
        g = seeded(seed); check("rand(20, float64)", rand(g, 20, True), torch.rand(20, dtype=F64).tolist())
        g = seeded(seed); check("uniform_(-0.7, 1.9) float32", uniform_(g, 40, -0.7, 1.9), torch.empty(40).uniform_(-0.7, 1.9).tolist())
        g = seeded(seed); check("uniform_(-0.7, 1.9) float64", uniform_(g, 40, -0.7, 1.9, True), torch.empty(40, dtype=F64).uniform_(-0.7, 1.9).tolist())
        for n in (5, 15, 16, 20, 37, 100):
            g = seeded(seed); check("randn(%d)" % n, normal_(g, n), torch.randn(n).tolist())
            g = seeded(seed); check("randn(%d, float64)" % n, normal_(g, n, double=True), torch.randn(n, dtype=F64).tolist())
            g = seeded(seed); check("normal(0.3, 1.7, size=(%d,))" % n, normal_(g, n, 0.3, 1.7), torch.normal(0.3, 1.7, size=(n,)).tolist())
            g = seeded(seed); check("normal(0.3, 1.7, size=(%d,), float64)" % n, normal_(g, n, 0.3, 1.7, True),
                                    torch.normal(0.3, 1.7, size=(n,), dtype=F64).tolist())
        g = seeded(seed); check("randn(6, 5).t() float64 non-contiguous", normal_(g, 30, double=True, contiguous=False),
                                torch.empty(6, 5, dtype=F64).t().normal_().t().flatten().tolist())
        # the double cache: randn(3) leaves one, randn(20) (batched) ignores it, randn(1) uses it
        g = seeded(seed)
        ours = normal_(g, 3) + normal_(g, 20) + normal_(g, 1)
        check("randn(3), randn(20), randn(1) cache", ours, torch.randn(3).tolist() + torch.randn(20).tolist() + torch.randn(1).tolist())
        for n, dbl in ((10, False), (10, True), (40, False), (40, True)):
            dt = F64 if dbl else torch.float32
            torch.manual_seed(100 + n)
            M = (torch.rand(n, dtype=dt) * 4 - 2)
            S = torch.rand(n, dtype=dt) * 2
            Ml, Sl = M.tolist(), S.tolist()
            g = seeded(seed); check("normal(mean_t, std_t) n=%d %s" % (n, dt), normal_tensor_tensor(g, Ml, Sl, dbl), torch.normal(M, S).tolist())
            g = seeded(seed); check("normal(mean_t, 0.7) n=%d %s" % (n, dt), normal_tensor_float(g, Ml, 0.7, dbl), torch.normal(M, 0.7).tolist())
            g = seeded(seed); check("normal(0.4, std_t) n=%d %s" % (n, dt), normal_float_tensor(g, 0.4, Sl, dbl), torch.normal(0.4, S).tolist())
        torch.manual_seed(9)
        P = torch.rand(50)
        g = seeded(seed); check("bernoulli(p float32)", bernoulli_tensor(g, P.tolist()), torch.bernoulli(P).tolist())
        g = seeded(seed); check("bernoulli(p float64)", bernoulli_tensor(g, P.tolist(), True), torch.bernoulli(P.double()).tolist())
        g = seeded(seed); check("bernoulli(x, p=0.3)", bernoulli_scalar(g, 50, 0.3), torch.bernoulli(P, 0.3).tolist())
        g = seeded(seed); check("zeros(50).bernoulli_(0.8)", bernoulli_scalar(g, 50, 0.8), torch.zeros(50).bernoulli_(0.8).tolist())
        g = seeded(seed); check("zeros(2,3).bernoulli_(p[3]) broadcast", bernoulli_tensor(g, P[:3].tolist() * 2),
                                torch.zeros(2, 3).bernoulli_(P[:3]).flatten().tolist())
        for dbl in (False, True):
            dt = F64 if dbl else torch.float32
            g = seeded(seed); check("exponential_(2.5) %s" % dt, exponential_(g, 30, 2.5, dbl), torch.empty(30, dtype=dt).exponential_(2.5).tolist())
            g = seeded(seed); check("geometric_(0.37) %s" % dt, geometric_(g, 30, 0.37), torch.empty(30, dtype=dt).geometric_(0.37).tolist())
            g = seeded(seed); check("cauchy_(0.3, 1.3) %s" % dt, cauchy_(g, 30, 0.3, 1.3, dbl), torch.empty(30, dtype=dt).cauchy_(0.3, 1.3).tolist())
            g = seeded(seed); check("log_normal_(0.2, 0.7) %s" % dt, log_normal_(g, 30, 0.2, 0.7, dbl), torch.empty(30, dtype=dt).log_normal_(0.2, 0.7).tolist())
        g = seeded(seed); check("geometric_(0.3) int64", [int(v) for v in geometric_(g, 20, 0.3)], torch.empty(20, dtype=torch.int64).geometric_(0.3).tolist())
        g = seeded(seed); check("randint(-5, 7, (50,))", randint(g, 50, -5, 7), torch.randint(-5, 7, (50,)).tolist())
        g = seeded(seed); check("randint(0, 2**40, (20,))", randint(g, 20, 0, 2**40), torch.randint(0, 2**40, (20,)).tolist())
        g = seeded(seed); check("randint_like(f64, 10)", [float(v) for v in randint(g, 20, 0, 10)],
                                torch.randint_like(torch.zeros(20, dtype=F64), 10).tolist())
        g = seeded(seed); check("empty(5, int64).random_()", random_int64(g, 5), torch.empty(5, dtype=torch.int64).random_().tolist())
        for n in (1, 2, 10, 1000):
            g = seeded(seed); check("randperm(%d)" % n, randperm(g, n), torch.randperm(n).tolist())
        gen = torch.Generator().manual_seed(seed + 7)
        check("randperm(30, generator=g)", randperm(Generator(seed + 7), 30), torch.randperm(30, generator=gen).tolist())
        torch.manual_seed(5)
        P2 = torch.rand(3, 7)
        for dbl in (False, True):
            Pt = P2.double() if dbl else P2
            g = seeded(seed); check("multinomial 2-D replacement %s" % Pt.dtype, sum(multinomial(g, Pt.tolist(), 20, True, dbl), []),
                                    torch.multinomial(Pt, 20, True).flatten().tolist())
            g = seeded(seed); check("multinomial 2-D no replacement n=4 %s" % Pt.dtype, sum(multinomial(g, Pt.tolist(), 4, False, dbl), []),
                                    torch.multinomial(Pt, 4).flatten().tolist())
        g = seeded(seed); check("multinomial 1-D n=1", multinomial(g, [P2[0].tolist()], 1, False)[0], torch.multinomial(P2[0], 1).tolist())
        g = seeded(seed); check("multinomial 1-D all 7", multinomial(g, [P2[1].tolist()], 7, False)[0], torch.multinomial(P2[1], 7).tolist())
        torch.manual_seed(3)
        rates = (torch.rand(200) * 40).tolist() + [0.0, 0.5, 9.999, 10.0, 200.0, 1e4]
        for dt in (torch.float32, F64):
            R = torch.tensor(rates, dtype=dt)
            g = seeded(seed); check("poisson %s" % dt, [float(sample_poisson(g, lam)) for lam in R.tolist()], torch.poisson(R).tolist())
        # state bytes, with and without a cached normal, and replay through set_rng_state
        g = seeded(seed); normal_(g, 3)
        torch.randn(3)
        check("get_rng_state() bytes after randn(3)", g.get_state(), bytes(torch.get_rng_state().tolist()))
        st = torch.get_rng_state()
        g2 = Generator(); g2.set_state(bytes(st.tolist()))
        check("set_rng_state replay", normal_(g2, 5), (torch.set_rng_state(st), torch.randn(5))[1].tolist())
        check("Generator(seed).get_state() bytes", Generator(seed + 1).get_state(),
              bytes(torch.Generator().manual_seed(seed + 1).get_state().tolist()))
        g = seeded(seed)
        torch_order = []
        from torch.utils.data import DataLoader, TensorDataset
        dl = DataLoader(TensorDataset(torch.arange(10)), batch_size=4, shuffle=True)
        for _ in range(2):
            torch_order.append(sum([b[0].tolist() for b in dl], []))
        check("DataLoader(shuffle=True) 2 epochs", sum(dataloader_epochs(g, 10, 2), []), sum(torch_order, []))
        tg = torch.Generator().manual_seed(seed + 3)
        dl = DataLoader(TensorDataset(torch.arange(10)), batch_size=4, shuffle=True, generator=tg)
        torch_order = [sum([b[0].tolist() for b in dl], []) for _ in range(3)]
        check("DataLoader(shuffle=True, generator=g) 3 ep", sum(dataloader_epochs(None, 10, 3, Generator(seed + 3)), []), sum(torch_order, []))
    print("all %d cases match" % len(results) if all(results) else "%d of %d cases MISMATCH" % (results.count(False), len(results)))


if __name__ == "__main__":
    main()
