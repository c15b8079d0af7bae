#!/usr/bin/python3
"""Which arithmetic PyTorch 1.13 (Debian, CPU capability AVX2, SLEEF 3.5.1) performs per float32 op.

Run:  OMP_NUM_THREADS=1 nice -n 19 /usr/bin/python3 docs/pytorch-facts/float32_elementwise_probe.py [--quick]

For every op it evaluates candidate models element by element and counts, bit for bit, which
model each PyTorch result equals, separately for the "head" (the 16-element blocks that
cpu_kernel_vec's vectorized_loop sends through Vectorized<float>) and the "tail" (the n % 16
remainder that vectorized_loop sends through the scalar lambda). Models:
  V = the Vectorized<float> formula, transcendental parts through SLEEF's AVX2 8-lane functions
      (Sleef_*f8_u10avx2 etc., called from a C shim built into /tmp/float32_probe/);
  S = the scalar lambda, transcendental parts through glibc libm (expf, logf, ...).
Every other float operation is done in numpy float32 (one IEEE rounding per operation); a fused
multiply-add is the C fmaf from the shim. The printout is the evidence quoted in
float32-elementwise.md.
"""
import ctypes
import os
import subprocess
import sys

os.environ.setdefault("OMP_NUM_THREADS", "1")
import numpy as np
import torch
import torch.nn.functional as F

torch.set_num_threads(1)
QUICK = "--quick" in sys.argv
TRIALS = 15 if QUICK else 60          # random vectors per length
LENGTHS = list(range(1, 41)) + [47, 64, 100, 257]

SHIM_SRC = r"""
#include <immintrin.h>
#include <dlfcn.h>
#include <string.h>
#include <math.h>
typedef __m256 (*v1_t)(__m256);
typedef __m256 (*v2_t)(__m256, __m256);
typedef float (*s1_t)(float);
typedef float (*s2_t)(float, float);
static void *hs, *hm;
static void *sym_sleef(const char *n) { if (!hs) hs = dlopen("libsleef.so.3", RTLD_NOW); return dlsym(hs, n); }
static void *sym_m(const char *n) { if (!hm) hm = dlopen("libm.so.6", RTLD_NOW); return dlsym(hm, n); }
/* 8 lanes at a time; a partial block is zero padded like Vectorized<float>::loadu(ptr, count). */
int sleef1(const char *name, const float *a, float *out, int n) {
  v1_t f = (v1_t)sym_sleef(name); if (!f) return -1;
  for (int i = 0; i < n; i += 8) {
    float t[8] = {0}, o[8]; int m = n - i < 8 ? n - i : 8;
    memcpy(t, a + i, m * 4); _mm256_storeu_ps(o, f(_mm256_loadu_ps(t))); memcpy(out + i, o, m * 4);
  }
  return 0;
}
int sleef2(const char *name, const float *a, const float *b, float *out, int n) {
  v2_t f = (v2_t)sym_sleef(name); if (!f) return -1;
  for (int i = 0; i < n; i += 8) {
    float t[8] = {0}, u[8] = {0}, o[8]; int m = n - i < 8 ? n - i : 8;
    memcpy(t, a + i, m * 4); memcpy(u, b + i, m * 4);
    _mm256_storeu_ps(o, f(_mm256_loadu_ps(t), _mm256_loadu_ps(u))); memcpy(out + i, o, m * 4);
  }
  return 0;
}
int libm1(const char *name, const float *a, float *out, int n) {
  s1_t f = (s1_t)sym_m(name); if (!f) return -1;
  for (int i = 0; i < n; i++) out[i] = f(a[i]);
  return 0;
}
int libm2(const char *name, const float *a, const float *b, float *out, int n) {
  s2_t f = (s2_t)sym_m(name); if (!f) return -1;
  for (int i = 0; i < n; i++) out[i] = f(a[i], b[i]);
  return 0;
}
/* (float) of a double libm function of (double)x, e.g. std::pow(float, double). */
void powd(const float *a, double e, float *out, int n) { for (int i = 0; i < n; i++) out[i] = (float)pow((double)a[i], e); }
void dbl1(const char *name, const float *a, float *out, int n) {
  double (*f)(double) = (double (*)(double))sym_m(name);
  for (int i = 0; i < n; i++) out[i] = (float)f((double)a[i]);
}
void vfma(const float *a, const float *b, const float *c, float *out, int n) { for (int i = 0; i < n; i++) out[i] = fmaf(a[i], b[i], c[i]); }
"""

D = "/tmp/float32_probe"
os.makedirs(D, exist_ok=True)
with open(f"{D}/shim.c", "w") as fh:
    fh.write(SHIM_SRC)
subprocess.check_call(["gcc", "-O2", "-mavx2", "-mfma", "-ffp-contract=off", "-fPIC", "-shared",
                       f"{D}/shim.c", "-o", f"{D}/shim.so", "-ldl", "-lm"])
L = ctypes.CDLL(f"{D}/shim.so")
FP = ctypes.POINTER(ctypes.c_float)
f32 = np.float32


def _p(a):
    return a.ctypes.data_as(FP)


def _c(x):
    return np.ascontiguousarray(x, dtype=f32)


def sleef(name, a, b=None):
    a = _c(a); out = np.empty_like(a)
    if b is None:
        rc = L.sleef1(name.encode(), _p(a), _p(out), a.size)
    else:
        b = _c(b); rc = L.sleef2(name.encode(), _p(a), _p(b), _p(out), a.size)
    assert rc == 0, name
    return out


def libm(name, a, b=None):
    a = _c(a); out = np.empty_like(a)
    if b is None:
        rc = L.libm1(name.encode(), _p(a), _p(out), a.size)
    else:
        b = _c(b); rc = L.libm2(name.encode(), _p(a), _p(b), _p(out), a.size)
    assert rc == 0, name
    return out


def dbl(name, a):
    a = _c(a); out = np.empty_like(a)
    L.dbl1(name.encode(), _p(a), _p(out), a.size)
    return out


def powd(a, e):
    a = _c(a); out = np.empty_like(a)
    L.powd(_p(a), ctypes.c_double(e), _p(out), a.size)
    return out


def fma(a, b, c):
    a, b, c = np.broadcast_arrays(_c(a), _c(b), _c(c))
    a, b, c = _c(a), _c(b), _c(c); out = np.empty_like(a)
    L.vfma(_p(a), _p(b), _p(c), _p(out), a.size)
    return out


def same(a, b):
    """Bitwise equality per element (every NaN equals every NaN)."""
    a = _c(a).ravel(); b = _c(b).ravel()
    return (a.view(np.uint32) == b.view(np.uint32)) | (np.isnan(a) & np.isnan(b))


def T(a):
    return torch.from_numpy(_c(a).copy())


def N(t):
    return t.detach().numpy().astype(f32, copy=False)


one = f32(1); zero = f32(0); half = f32(0.5)
rng = np.random.default_rng(1234)


def U(lo, hi):
    return lambda n: rng.uniform(lo, hi, n).astype(f32)


def head_tail(n):
    """Masks of the elements vectorized_loop sends through the vector op (head) and the scalar op."""
    h = np.zeros(n, bool); h[: n - n % 16] = True
    return h, ~h


class Tally:
    def __init__(self, names):
        self.names = names
        self.c = {r: {k: 0 for k in names + ["none"]} for r in ("head", "tail")}
        self.excl = {r: {k: 0 for k in names} for r in ("head", "tail")}   # matched ONLY this model

    def add(self, region_mask, results):
        for r, m in zip(("head", "tail"), region_mask):
            if not m.any():
                continue
            anym = np.zeros(int(m.sum()), bool)
            for k in self.names:
                ok = results[k][m]
                self.c[r][k] += int(ok.sum()); anym |= ok
                others = np.zeros_like(ok)
                for k2 in self.names:
                    if k2 != k:
                        others |= results[k2][m]
                self.excl[r][k] += int((ok & ~others).sum())
            self.c[r]["none"] += int((~anym).sum())
            self.c[r]["n"] = self.c[r].get("n", 0) + int(m.sum())

    def line(self):
        out = []
        for r in ("head", "tail"):
            n = self.c[r].get("n", 0)
            if not n:
                continue
            parts = [f"{k}={self.c[r][k]}(only {self.excl[r][k]})" for k in self.names]
            out.append(f"{r} n={n}: " + " ".join(parts) + f" none={self.c[r]['none']}")
        return " | ".join(out)


def run_unary(title, torch_fn, gen, models, lengths=LENGTHS, trials=TRIALS, layout="contig"):
    """models: dict name -> f(x) giving float32 arrays. Prints match counts per region."""
    tal = Tally(list(models))
    for n in lengths:
        for _ in range(trials):
            x = gen(n)
            if layout == "contig":
                t = torch_fn(T(x))
                y = N(t)
                masks = head_tail(n)
            elif layout == "stride2":          # x[::2] of a buffer twice as long
                buf = np.zeros(2 * n, f32); buf[::2] = x
                y = N(torch_fn(T(buf)[::2]).contiguous())
                masks = (np.zeros(n, bool), np.ones(n, bool))   # report all as "tail"
            res = {k: same(f(x), y) for k, f in models.items()}
            tal.add(masks, res)
    print(f"{title:34s} {tal.line()}")
    return tal


def run_binary(title, torch_fn, gen_a, gen_b, models, lengths=LENGTHS, trials=TRIALS):
    tal = Tally(list(models))
    for n in lengths:
        for _ in range(trials):
            a = gen_a(n); b = gen_b(n)
            y = N(torch_fn(T(a), T(b)))
            res = {k: same(f(a, b), y) for k, f in models.items()}
            tal.add(head_tail(n), res)
    print(f"{title:34s} {tal.line()}")
    return tal


# ---------------------------------------------------------------- plain unary functions
def section_unary():
    print("== unary transcendental: V = Sleef_<f>f8_<u>avx2 on all lanes, S = glibc <f>f")
    spec = [
        ("exp", torch.exp, U(-10, 10), "Sleef_expf8_u10avx2", "expf"),
        ("log", torch.log, U(1e-3, 100), "Sleef_logf8_u10avx2", "logf"),
        ("sin", torch.sin, U(-10, 10), "Sleef_sinf8_u10avx2", "sinf"),
        ("cos", torch.cos, U(-10, 10), "Sleef_cosf8_u10avx2", "cosf"),
        ("tan", torch.tan, U(-10, 10), "Sleef_tanf8_u10avx2", "tanf"),
        ("tanh", torch.tanh, U(-5, 5), "Sleef_tanhf8_u10avx2", "tanhf"),
        ("expm1", torch.expm1, U(-5, 5), "Sleef_expm1f8_u10avx2", "expm1f"),
        ("log1p", torch.log1p, U(-0.9, 10), "Sleef_log1pf8_u10avx2", "log1pf"),
        ("log2", torch.log2, U(1e-3, 100), "Sleef_log2f8_u10avx2", "log2f"),
        ("log10", torch.log10, U(1e-3, 100), "Sleef_log10f8_u10avx2", "log10f"),
        ("exp2", torch.exp2, U(-10, 10), "Sleef_exp2f8_u10avx2", "exp2f"),
        ("sinh", torch.sinh, U(-10, 10), "Sleef_sinhf8_u10avx2", "sinhf"),
        ("cosh", torch.cosh, U(-10, 10), "Sleef_coshf8_u10avx2", "coshf"),
        ("asin", torch.asin, U(-1, 1), "Sleef_asinf8_u10avx2", "asinf"),
        ("acos", torch.acos, U(-1, 1), "Sleef_acosf8_u10avx2", "acosf"),
        ("atan", torch.atan, U(-10, 10), "Sleef_atanf8_u10avx2", "atanf"),
        ("erf", torch.erf, U(-3, 3), "Sleef_erff8_u10avx2", "erff"),
        ("erfc", torch.erfc, U(-2, 4), "Sleef_erfcf8_u15avx2", "erfcf"),
        ("sqrt", torch.sqrt, U(0, 100), "Sleef_sqrtf8_u05avx2", "sqrtf"),
    ]
    for name, fn, gen, sv, sf in spec:
        models = {"V": (lambda x, sv=sv: sleef(sv, x)), "S": (lambda x, sf=sf: libm(sf, x))}
        u35 = sv.replace("_u10", "_u35")
        if u35 != sv:
            try:
                sleef(u35, np.ones(1, f32)); models["V35"] = (lambda x, u35=u35: sleef(u35, x))
            except AssertionError:
                pass
        run_unary(name, fn, gen, models)
    print("-- non-contiguous x[::2] (all elements counted as 'tail'):")
    for name, fn, gen, sv, sf in [("exp", torch.exp, U(-10, 10), "Sleef_expf8_u10avx2", "expf"),
                                  ("exp2", torch.exp2, U(-10, 10), "Sleef_exp2f8_u10avx2", "exp2f"),
                                  ("sinh", torch.sinh, U(-10, 10), "Sleef_sinhf8_u10avx2", "sinhf")]:
        run_unary(name + "[::2]", fn, gen,
                  {"V": lambda x, sv=sv: sleef(sv, x), "S": lambda x, sf=sf: libm(sf, x)},
                  lengths=[17, 33, 40], layout="stride2")
    print("-- where the tail falls: sigmoid on 2-D tensors (S = glibc-based scalar lambda)")
    sv = lambda x: one / (one + sleef("Sleef_expf8_u10avx2", zero - x))
    ss = lambda x: one / (one + libm("expf", -x))
    for shape, mk in [((3, 20), "contiguous [3,20] (coalesced to 60)"), ((3, 32), "x[:, :20] of [3,32]"),
                      ((20, 3), "x.t() of contiguous [20,3]")]:
        tv = tsn = tot = 0
        for _ in range(TRIALS):
            x = rng.uniform(-12, 12, shape).astype(f32)
            t = T(x)
            if mk.startswith("x[:"):
                t = t[:, :20]; xv = x[:, :20]
                flat_head = np.zeros((3, 20), bool); flat_head[:, :16] = True      # per-row blocks
            elif mk.startswith("x.t"):
                t = t.t(); xv = x.T                                               # memory order = x
                flat_head = np.zeros((20, 3), bool); flat_head.ravel()[:48] = True
                flat_head = flat_head.T
            else:
                xv = x; flat_head = np.zeros(60, bool); flat_head[:48] = True; flat_head = flat_head.reshape(3, 20)
            y = N(torch.sigmoid(t))
            ok = np.where(flat_head, same(sv(xv), y).reshape(y.shape), same(ss(xv), y).reshape(y.shape))
            tv += int(ok.sum()); tot += ok.size
        print(f"  sigmoid {mk:40s} predicted-path matches {tv}/{tot}")
    print("== rsqrt / reciprocal (correctly rounded either way: V = S)")
    run_unary("rsqrt", torch.rsqrt, U(1e-3, 100), {"div(1,sqrt)": lambda x: one / np.sqrt(x)})
    run_unary("reciprocal", torch.reciprocal, U(-100, 100), {"div(1,x)": lambda x: one / x})


# ---------------------------------------------------------------- oneDNN (ideep) eltwise_gelu_erf
def _h(u):
    return np.array([u], np.uint32).view(f32)[0]


DN = dict(log2ef=_h(0x3fb8aa3b), ln_max=_h(0x42b17218), ln_min=_h(0xc2aeac50), ln2=_h(0x3f317218),
          pol=[_h(0x3f7ffffb), _h(0x3efffee3), _h(0x3e2aad40), _h(0x3d2b9d0d), _h(0x3c07cfce)],
          p=_h(0x3ea7ba05), rsqrt2=_h(0x3f3504f3), rsqrtpi=_h(0x3f106eba),
          epol=[_h(0x3e827906), _h(0xbe91a98e), _h(0x3fb5f0e3), _h(0xbfba00e3), _h(0x3f87dc22)])


def dnnl_exp(s):
    """jit_uni_eltwise_injector_f32::exp_compute_vector_fwd (fma where the JIT emits vfmadd)."""
    s = _c(s)
    under = s < DN["ln_min"]
    s = np.maximum(np.minimum(s, DN["ln_max"]), DN["ln_min"])
    fx = np.floor(s * DN["log2ef"] + half)
    r = fma(-fx, np.full_like(fx, DN["ln2"]), s)
    e = fx.astype(np.int32) + 127
    two_n = np.where(under, zero, (e.astype(np.uint32) << 23).view(f32))
    y = np.full_like(s, DN["pol"][4])
    for k in (3, 2, 1, 0):
        y = fma(y, r, np.full_like(s, DN["pol"][k]))
    y = fma(y, r, np.ones_like(s))
    return y * two_n


def _dnnl_erf_parts(x):
    ax = np.abs(x)
    t = one / fma(np.full_like(x, DN["p"]), ax, np.ones_like(x))
    r = np.full_like(x, DN["epol"][4])
    for k in (3, 2, 1, 0):
        r = fma(r, t, np.full_like(x, DN["epol"][k]))
    return t, r


def dnnl_gelu_erf(s):
    x = _c(s) * DN["rsqrt2"]
    e = -dnnl_exp(-(x * x))
    t, r = _dnnl_erf_parts(x)
    erf = fma(e * t, r, np.ones_like(x))
    erf = np.where(np.signbit(x), -erf, erf)
    S = x * DN["rsqrt2"]
    return fma(erf, S, S)


def dnnl_gelu_erf_grad(s):
    R = _c(s) * DN["rsqrt2"]
    Q = dnnl_exp(-(R * R))
    Tt = (R * DN["rsqrtpi"]) * Q
    t, r = _dnnl_erf_parts(R)
    erf = fma((-Q) * t, r, np.ones_like(R))
    erf = np.where(np.signbit(R), -erf, erf)
    return fma(erf, np.full_like(R, half), Tt + half)


# ---------------------------------------------------------------- composites
def section_composite():
    print("== sigmoid / silu / gelu / elu / softplus")
    ex = lambda x: sleef("Sleef_expf8_u10avx2", x)
    run_unary("sigmoid", torch.sigmoid, U(-12, 12), {
        "V:1/(1+sleef_exp(0-x))": lambda x: one / (one + ex(zero - x)),
        "S:1/(1+expf(-x))": lambda x: one / (one + libm("expf", -x)),
    })
    run_unary("silu", F.silu, U(-12, 12), {
        "V:x/(1+sleef_exp(-x))": lambda x: x / (one + ex(-x)),
        "S:x/(1+expf(-x))": lambda x: x / (one + libm("expf", -x)),
        "x*sigmoid": lambda x: x * (one / (one + ex(-x))),
    })
    a = f32(np.sqrt(0.5))
    erfv = lambda x: sleef("Sleef_erff8_u10avx2", x)
    run_unary("gelu(none) [oneDNN path]", F.gelu, U(-6, 6), {
        "oneDNN gelu_erf (A&S 7.1.26)": dnnl_gelu_erf,
        "V:(x*0.5)*(1+sleef_erf(x*a))": lambda x: (x * half) * (one + erfv(x * a)),
    })

    def gelu_nodnnl(t):
        with torch.backends.mkldnn.flags(enabled=False):
            return F.gelu(t)
    run_unary("gelu(none) mkldnn disabled", gelu_nodnnl, U(-6, 6), {
        "V:(x*0.5)*(1+sleef_erf(x*a))": lambda x: (x * half) * (one + erfv(x * a)),
        "S:(x*0.5)*(1+erff(x*a))": lambda x: (x * half) * (one + libm("erff", x * a)),
    })
    run_unary("gelu(none) x[::2]", F.gelu, U(-6, 6), {
        "S:(x*0.5)*(1+erff(x*a))": lambda x: (x * half) * (one + libm("erff", x * a)),
        "oneDNN gelu_erf": dnnl_gelu_erf,
    }, lengths=[17, 33, 40], layout="stride2")
    tal = Tally(["g*oneDNN gelu_erf'"])
    for n in LENGTHS:
        for _ in range(TRIALS):
            x = rng.uniform(-6, 6, n).astype(f32); g = rng.uniform(-2, 2, n).astype(f32)
            xt = T(x).requires_grad_(); F.gelu(xt).backward(T(g))
            tal.add(head_tail(n), {"g*oneDNN gelu_erf'": same(g * dnnl_gelu_erf_grad(x), N(xt.grad))})
    print(f"{'gelu(none) backward':34s} {tal.line()}")
    beta = f32(np.sqrt(2.0) * (2.0 / np.sqrt(np.pi)) * 0.5); kappa = f32(0.044715)
    th = lambda x: sleef("Sleef_tanhf8_u10avx2", x)
    run_unary("gelu(tanh)", lambda t: F.gelu(t, approximate="tanh"), U(-5, 5), {
        "V:0.5*x*(1+tanh(b*(x+k*x^3)))": lambda x: (half * x) * (one + th(beta * (x + kappa * ((x * x) * x)))),
        "V-fma:..b*fma(k,x^3,x)": lambda x: (half * x) * (one + th(beta * fma(kappa, (x * x) * x, x))),
        "S:..tanhf": lambda x: (half * x) * (one + libm("tanhf", beta * (x + kappa * ((x * x) * x)))),
        "S-fma:..tanhf,fma": lambda x: (half * x) * (one + libm("tanhf", beta * fma(kappa, (x * x) * x, x))),
    })
    em1 = lambda x: sleef("Sleef_expm1f8_u10avx2", x)
    run_unary("elu(alpha=1)", F.elu, U(-6, 3), {
        "V:x>0?x:sleef_expm1(x)*1": lambda x: np.where(x > 0, x, em1(x) * one),
        "V:x>0?x:(sleef_exp(x)-1)": lambda x: np.where(x > 0, x, ex(x) - one),
        "S:x<=0?(expf(x)-1)*1:x": lambda x: np.where(x <= 0, (libm("expf", x) - one) * one, x),
        "S:x<=0?expm1f(x):x": lambda x: np.where(x <= 0, libm("expm1f", x), x),
    })
    run_unary("elu(alpha=0.7)", lambda t: F.elu(t, 0.7), U(-6, 3), {
        "V:x>0?x:(sleef_exp(x)-1)*a": lambda x: np.where(x > 0, x, (ex(x) - one) * f32(0.7)),
        "S:x<=0?(expf(x)-1)*a:x": lambda x: np.where(x <= 0, (libm("expf", x) - one) * f32(0.7), x),
        "V:fma(sleef_exp(x),a,-a)": lambda x: np.where(x > 0, x, fma(ex(x), f32(0.7), f32(-0.7))),
    })
    run_unary("selu", F.selu, U(-6, 3), {
        "V:x>0?x*s:(sleef_exp(x)-1)*(a*s)": lambda x: np.where(x > 0, x * f32(1.0507009873554804934193349852946),
                                                            (ex(x) - one) * f32(1.6732632423543772848170429916717 * 1.0507009873554804934193349852946)),
        "S:...expf": lambda x: np.where(x > 0, x * f32(1.0507009873554804934193349852946),
                                      (libm("expf", x) - one) * f32(1.6732632423543772848170429916717 * 1.0507009873554804934193349852946)),
    })
    l1p = lambda x: sleef("Sleef_log1pf8_u10avx2", x)
    run_unary("softplus(b=1,th=20)", F.softplus, U(-15, 25), {
        "V:x>20?x:sleef_log1p(sleef_exp(x))/1": lambda x: np.where(x * one > 20, x, l1p(ex(x * one)) / one),
        "S:x>20?x:log1pf(expf(x))/1": lambda x: np.where(x * one > 20, x, libm("log1pf", libm("expf", x * one)) / one),
    })

    print("== pow")
    pw = lambda x, e: sleef("Sleef_powf8_u10avx2", x, np.full_like(x, e))
    run_unary("pow(x,2)", lambda t: t.pow(2), U(-100, 100), {"x*x": lambda x: x * x})
    run_unary("pow(x,3)", lambda t: t.pow(3), U(-100, 100), {"(x*x)*x": lambda x: (x * x) * x,
                                                            "x*(x*x)": lambda x: x * (x * x)})
    run_unary("pow(x,0.5)", lambda t: t.pow(0.5), U(0, 100), {"sqrt": lambda x: np.sqrt(x),
                                                              "sleef_pow": lambda x: pw(x, 0.5)})
    run_unary("pow(x,-1)", lambda t: t.pow(-1), U(-100, 100), {"1/x": lambda x: one / x,
                                                               "sleef_pow": lambda x: pw(x, -1)})
    run_unary("pow(x,-2)", lambda t: t.pow(-2), U(0.1, 100), {"1/(x*x)": lambda x: one / (x * x),
                                                              "sleef_pow": lambda x: pw(x, -2)})
    for e in (1.5, 2.5, 0.3):
        run_unary(f"pow(x,{e})", lambda t, e=e: t.pow(e), U(0, 20), {
            "V:sleef_powf(x,f32(e))": lambda x, e=e: pw(x, e),
            "S:(float)pow((double)x,e)": lambda x, e=e: powd(x, e),
            "S:powf(x,f32(e))": lambda x, e=e: libm("powf", x, np.full_like(x, e)),
        })
    run_binary("pow(x,y) tensor^tensor", torch.pow, U(0, 20), U(-3, 3), {
        "V:sleef_powf": lambda a, b: sleef("Sleef_powf8_u10avx2", a, b),
        "S:powf": lambda a, b: libm("powf", a, b),
    })
    run_binary("atan2(y,x)", torch.atan2, U(-10, 10), U(-10, 10), {
        "V:sleef_atan2f": lambda a, b: sleef("Sleef_atan2f8_u10avx2", a, b),
        "S:atan2f": lambda a, b: libm("atan2f", a, b),
    })

    print("== backward kernels: grad of y = f(x) with y.backward(g)")

    def grad_of(f):
        def run(x, g):
            xt = T(x).requires_grad_(); y = f(xt); y.backward(T(g)); return xt.grad
        return run

    def yval(f, x):
        return N(f(T(x)))
    tal = Tally(["a*(1-b*b)", "a*fnmadd(b,b,1)", "a*(1-b)*(1+b)"])
    tal_s = Tally(["a*(1-b)*b", "a*((1-b)*b)", "(a*b)*(1-b)"])
    for n in LENGTHS:
        for _ in range(TRIALS):
            x = rng.uniform(-3, 3, n).astype(f32); g = rng.uniform(-2, 2, n).astype(f32)
            b = yval(torch.tanh, x)
            gt = N(grad_of(torch.tanh)(x, g))
            tal.add(head_tail(n), {"a*(1-b*b)": same(g * (one - b * b), gt),
                                   "a*fnmadd(b,b,1)": same(g * fma(-b, b, np.ones_like(b)), gt),
                                   "a*(1-b)*(1+b)": same(g * (one - b) * (one + b), gt)})
            b = yval(torch.sigmoid, x)
            gt = N(grad_of(torch.sigmoid)(x, g))
            tal_s.add(head_tail(n), {"a*(1-b)*b": same((g * (one - b)) * b, gt),
                                     "a*((1-b)*b)": same(g * ((one - b) * b), gt),
                                     "(a*b)*(1-b)": same((g * b) * (one - b), gt)})
    print(f"{'tanh_backward(a=grad,b=y)':34s} {tal.line()}")
    print(f"{'sigmoid_backward(a=grad,b=y)':34s} {tal_s.line()}")


# ---------------------------------------------------------------- softmax family
def tree8(op, v):
    """VecReduceAllSIMD<float> for AVX2: permute2f128, shuffle 0x4E, shuffle 0xB1; lane 0."""
    v = list(v)
    v = [op(v[i], v[i ^ 4]) for i in range(8)]
    v = [op(v[i], v[i ^ 2]) for i in range(8)]
    v = [op(v[i], v[i ^ 1]) for i in range(8)]
    return v[0]


def reduce_all(op, data):
    """at::vec::reduce_all / map_reduce_all with the map already applied (functional_base.h)."""
    n = len(data)
    if n < 8:
        acc = data[0]
        for i in range(1, n):
            acc = op(acc, data[i])
        return acc
    acc = list(data[:8]); d = 8
    while d < n - n % 8:
        acc = [op(acc[j], data[d + j]) for j in range(8)]; d += 8
    r = n - d
    for j in range(r):   # Vec::set(acc, op(acc, tail), r): only the first r lanes change
        acc[j] = op(acc[j], data[d + j])
    return tree8(op, acc)


fadd = lambda a, b: f32(f32(a) + f32(b))
fmax = lambda a, b: f32(max(a, b))


def model_softmax_last(x):
    m = reduce_all(fmax, list(x))
    e = sleef("Sleef_expf8_u10avx2", x - m)
    s = reduce_all(fadd, list(e))
    inv = f32(one / s)
    return e * inv


def model_softmax_last_div(x):
    m = reduce_all(fmax, list(x))
    e = sleef("Sleef_expf8_u10avx2", x - m)
    return e / reduce_all(fadd, list(e))


def model_logsoftmax_last(rows):
    out = []
    ms = [reduce_all(fmax, list(r)) for r in rows]
    ss = np.array([reduce_all(fadd, list(sleef("Sleef_expf8_u10avx2", r - m))) for r, m in zip(rows, ms)], f32)
    ls = sleef("Sleef_logf8_u10avx2", ss)
    for r, m, l in zip(rows, ms, ls):
        out.append((r - m) - l)
    return np.array(out)


def model_logsoftmax_last_sub(rows):          # alternative: x - (max + logsum)
    ms = [reduce_all(fmax, list(r)) for r in rows]
    ss = np.array([reduce_all(fadd, list(sleef("Sleef_expf8_u10avx2", r - m))) for r, m in zip(rows, ms)], f32)
    ls = sleef("Sleef_logf8_u10avx2", ss)
    return np.array([r - (m + l) for r, m, l in zip(rows, ms, ls)])


def model_softmax_dim0(x, vec_exp, div, scalar_tail):
    """x: [dim, inner] softmax over dim 0. Inner positions in full 8-blocks: lane-wise max, exp,
    sequential float sum over dim, then divide (or multiply by 1/sum). Others: scalar path."""
    dim, inner = x.shape
    out = np.empty_like(x)
    nvec = inner - inner % 8 if scalar_tail else inner
    for j in range(inner):
        col = x[:, j]
        m = col[0]
        for d in range(1, dim):
            m = fmax(m, col[d])
        if j < nvec and vec_exp:
            e = sleef("Sleef_expf8_u10avx2", col - m)
        else:
            e = libm("expf", col - m)
        s = zero
        for d in range(dim):
            s = fadd(s, e[d])
        out[:, j] = e / s if div else e * f32(one / s)
    return out


def model_logsoftmax_host(x, dbl_acc):
    """host_softmax (SoftMax.cpp) over dim 0: sum of expf(x-max) in double (acc_type) or float."""
    dim, inner = x.shape
    out = np.empty_like(x)
    for j in range(inner):
        col = x[:, j]
        m = col[0]
        for d in range(1, dim):
            m = fmax(m, col[d])
        e = libm("expf", col - m)
        if dbl_acc:
            s = 0.0
            for d in range(dim):
                s += float(e[d])
            ls = np.log(s)
            out[:, j] = ((col - m).astype(np.float64) - ls).astype(f32)
        else:
            s = zero
            for d in range(dim):
                s = fadd(s, e[d])
            out[:, j] = (col - m) - libm("logf", np.array([s], f32))[0]
    return out


def model_logsoftmax_dim0_vec(x):
    """vectorized over inner (8 lanes), sleef exp, float sequential sum, sleef log, (x-max)-log."""
    dim, inner = x.shape
    out = np.empty_like(x)
    for j in range(inner):
        col = x[:, j]
        m = col[0]
        for d in range(1, dim):
            m = fmax(m, col[d])
        e = sleef("Sleef_expf8_u10avx2", col - m)
        s = zero
        for d in range(dim):
            s = fadd(s, e[d])
        l = sleef("Sleef_logf8_u10avx2", np.array([s], f32))[0]
        out[:, j] = (col - m) - l
    return out


def model_logsoftmax_dim0_mix(x, exp_fn, log_fn):
    """sequential float sum over dim of exp_fn(x - max), then (x - max) - log_fn(sum)."""
    dim, inner = x.shape
    out = np.empty_like(x)
    for j in range(inner):
        col = x[:, j]
        m = col[0]
        for d in range(1, dim):
            m = fmax(m, col[d])
        e = exp_fn(col - m)
        s = zero
        for d in range(dim):
            s = fadd(s, e[d])
        out[:, j] = (col - m) - log_fn(np.array([s], f32))[0]
    return out


def section_softmax():
    print("== softmax / log_softmax / logsumexp (rows of the given length, matches counted per element)")
    trials = 5 if QUICK else 20
    lens = [1, 2, 3, 5, 7, 8, 9, 15, 16, 17, 24, 31, 33, 40, 64, 100]
    for title, torch_fn, models in [
        ("softmax(dim=-1)", lambda t: F.softmax(t, -1),
         {"e*(1/sum)": model_softmax_last, "e/sum": model_softmax_last_div}),
    ]:
        tal = Tally(list(models))
        for n in lens:
            for _ in range(trials):
                x = rng.uniform(-8, 8, (3, n)).astype(f32)
                y = N(torch_fn(T(x)))
                res = {k: np.concatenate([same(f(r), y[i]) for i, r in enumerate(x)]) for k, f in models.items()}
                tal.add((np.ones(y.size, bool), np.zeros(y.size, bool)), res)
        print(f"{title:34s} {tal.line()}")
    tal = Tally(["(x-max)-logsum", "x-(max+logsum)"])
    for n in lens:
        for _ in range(trials):
            x = rng.uniform(-8, 8, (3, n)).astype(f32)
            y = N(F.log_softmax(T(x), -1)).ravel()
            tal.add((np.ones(y.size, bool), np.zeros(y.size, bool)),
                    {"(x-max)-logsum": same(model_logsoftmax_last(x), y),
                     "x-(max+logsum)": same(model_logsoftmax_last_sub(x), y)})
    print(f"{'log_softmax(dim=-1)':34s} {tal.line()}")

    # softmax over dim 0 of [dim, inner]: "head" = inner positions in full 8-blocks, "tail" = rest
    names = ["vec8:sleef,e/sum;tail expf", "vec8:sleef,e*(1/s);tail expf", "all sleef e/sum", "all expf e/sum"]
    tal = Tally(names)
    for inner in [1, 3, 7, 8, 9, 12, 16, 19, 24]:
        for dim in [2, 5, 13]:
            for _ in range(max(2, trials // 4)):
                x = rng.uniform(-8, 8, (dim, inner)).astype(f32)
                y = N(F.softmax(T(x), 0))
                h = np.zeros((dim, inner), bool); h[:, : inner - inner % 8] = True
                res = {names[0]: same(model_softmax_dim0(x, True, True, True), y),
                       names[1]: same(model_softmax_dim0(x, True, False, True), y),
                       names[2]: same(model_softmax_dim0(x, True, True, False), y),
                       names[3]: same(model_softmax_dim0(x, False, True, False), y)}
                tal.add((h.ravel(), ~h.ravel()), res)
    print(f"{'softmax(dim=0) [dim,inner]':34s} {tal.line()}")
    names = ["host: expf, double sum, log", "host: expf, float sum, logf", "vec: sleef, float sum, sleef log",
             "expf, float sum, sleef log", "sleef exp, float sum, logf"]
    tal = Tally(names)
    for inner in [1, 3, 7, 8, 9, 12, 16, 19, 24]:
        for dim in [2, 5, 13]:
            for _ in range(max(2, trials // 4)):
                x = rng.uniform(-8, 8, (dim, inner)).astype(f32)
                y = N(F.log_softmax(T(x), 0))
                h = np.zeros((dim, inner), bool); h[:, : inner - inner % 8] = True
                res = {names[0]: same(model_logsoftmax_host(x, True), y),
                       names[1]: same(model_logsoftmax_host(x, False), y),
                       names[2]: same(model_logsoftmax_dim0_vec(x), y),
                       names[3]: same(model_logsoftmax_dim0_mix(x, lambda v: libm("expf", v),
                                                                lambda v: sleef("Sleef_logf8_u10avx2", v)), y),
                       names[4]: same(model_logsoftmax_dim0_mix(x, lambda v: sleef("Sleef_expf8_u10avx2", v),
                                                                lambda v: libm("logf", v)), y)}
                tal.add((h.ravel(), ~h.ravel()), res)
    print(f"{'log_softmax(dim=0) [dim,inner]':34s} {tal.line()}")

    # logsumexp = log(sum(exp(x - amax))) + amax, built from torch ops (each op as documented)
    ok = tot = 0
    for n in lens:
        for _ in range(trials):
            x = T(rng.uniform(-8, 8, (4, n)).astype(f32))
            y = torch.logsumexp(x, 1)
            m = torch.amax(x, 1, keepdim=True)
            ms = m.squeeze(1).masked_fill(m.squeeze(1).abs() == float("inf"), 0)
            comp = torch.sum(torch.exp(x - m), 1).log().add(ms)
            ok += int(same(N(comp), N(y)).sum()); tot += y.numel()
    print(f"{'logsumexp(dim=1) vs composite':34s} log(sum(exp(x-amax)))+amax: {ok}/{tot}")


# ---------------------------------------------------------------- losses
def section_losses():
    print("== losses vs their decomposition into torch ops (bitwise, whole outputs)")
    trials = 10 if QUICK else 40
    cnt = {}

    def chk(k, a, b):
        c = cnt.setdefault(k, [0, 0]); c[0] += int(same(N(a), N(b)).all()); c[1] += 1
    for n in [1, 3, 7, 16, 17, 33, 100, 1000]:
        for _ in range(trials):
            x = T(rng.uniform(-3, 3, n).astype(f32)); t = T(rng.uniform(-3, 3, n).astype(f32))
            chk("mse_loss(none) == (x-t)*(x-t)", F.mse_loss(x, t, reduction="none"), (x - t) * (x - t))
            chk("mse_loss(mean) == sum((x-t)^2)/n", F.mse_loss(x, t), torch.sum((x - t) * (x - t)) / n)
            chk("mse_loss(mean) == ((x-t)^2).mean()", F.mse_loss(x, t), ((x - t) * (x - t)).mean())
            chk("mse_loss(sum) == sum((x-t)^2)", F.mse_loss(x, t, reduction="sum"), torch.sum((x - t) * (x - t)))
            p = T(rng.uniform(0.001, 0.999, n).astype(f32)); q = T(rng.uniform(0, 1, n).astype(f32))
            b = F.binary_cross_entropy(p, q, reduction="none")
            pn, qn = N(p), N(q)
            m1 = (qn - one) * np.maximum(libm("log1pf", -pn), f32(-100)) - qn * np.maximum(libm("logf", pn), f32(-100))
            m2 = (qn - one) * np.maximum(libm("logf", one - pn), f32(-100)) - qn * np.maximum(libm("logf", pn), f32(-100))
            A = np.maximum(libm("logf", one - pn), f32(-100)); B = np.maximum(libm("logf", pn), f32(-100))
            m3 = fma(qn - one, A, -(qn * B))
            m4 = fma(-qn, B, (qn - one) * A)
            chk("bce(none) == (t-1)*max(log1pf(-p),-100)-t*max(logf(p),-100)", b, T(m1))
            chk("bce(none) == (t-1)*max(logf(1-p),-100)-t*max(logf(p),-100)", b, T(m2))
            chk("bce(none) == fma(t-1, A, -(t*B))", b, T(m3))
            chk("bce(none) == fma(-t, B, (t-1)*A)", b, T(m4))
            chk("bce(mean) == bce(none).mean()", F.binary_cross_entropy(p, q), b.mean())
            z = T(rng.uniform(-6, 6, n).astype(f32))
            bl = F.binary_cross_entropy_with_logits(z, q, reduction="none")
            mx = (-z).clamp_min(0)
            comp = (1 - q).mul(z).add(mx).add((-mx).exp().add((-z - mx).exp()).log())
            chk("bce_logits(none) == (1-t)*z+mx+log(exp(-mx)+exp(-z-mx))", bl, comp)
            chk("bce_logits(mean) == none.mean()", F.binary_cross_entropy_with_logits(z, q), bl.mean())
        for c in [2, 5, 10]:
            for _ in range(trials // 4 + 1):
                x = T(rng.uniform(-4, 4, (n, c)).astype(f32)); t = torch.from_numpy(rng.integers(0, c, n))
                ce = F.cross_entropy(x, t)
                chk("cross_entropy == nll_loss(log_softmax(x,1))", ce, F.nll_loss(F.log_softmax(x, 1), t))
                chk("cross_entropy(sum) == -sum(logp[i,t_i]) (torch.sum)",
                    F.cross_entropy(x, t, reduction="sum"),
                    -torch.sum(F.log_softmax(x, 1).gather(1, t[:, None]).squeeze(1)))
    for k, (a, b) in cnt.items():
        print(f"  {k:70s} {a}/{b} vectors identical")


if __name__ == "__main__":
    print(torch.__version__, torch.__config__.show().split("CPU capability usage:")[1].split("\n")[0].strip(),
          "threads", torch.get_num_threads())
    section_unary()
    section_composite()
    section_softmax()
    section_losses()
