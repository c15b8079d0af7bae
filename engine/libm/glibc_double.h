// glibc_double.h — double-precision log, exp, sin, cos and tan that return bit for bit what
// PyTorch's CPU samplers get from the C library on the reference machine.
//
// Why: PyTorch 1.13's random samplers (exponential_, cauchy_, log_normal_, normal_'s Box-Muller,
// ...) compute in double through the C library. The oracle is Debian 12's glibc 2.36 on x86-64
// with AVX2+FMA, whose ifunc picks the "_fma" variants: the generic C sources compiled with
// -mfma -mavx2, so GCC fuses a*b+c into one rounding wherever the expression allows. Natively
// std::log etc. are those functions; in WebAssembly the C library is musl, whose last bits
// differ on some inputs. These functions evaluate glibc's algorithms with the same tables and
// the same operations in the same order, with std::fma exactly where glibc's FMA build fuses
// (read off the machine code of libm.so.6's __log_fma, __exp_fma, __sin_fma, __cos_fma,
// __tan_fma), so native and wasm builds print the same digits as PyTorch.
//
// Reproduced: glibc 2.36, sysdeps/ieee754/dbl-64 (e_log.c, e_exp.c, s_sin.c, s_tan.c, branred.c
// and their tables), as built by sysdeps/x86_64/fpu/multiarch for FMA-capable CPUs.
//
// Requirements on the build: the implementation files must be compiled without floating-point
// contraction (-ffp-contract=off; each file also says so in a pragma), without -ffast-math, and
// in round-to-nearest (the default) — only the explicit std::fma calls may fuse. NaN results
// are NaN, but their sign and payload are not promised to match glibc's.
//
// Verified against glibc by tests/libm/check_against_glibc.cpp (see tests/libm/README.md) and
// by the goldens in tests/engine/test_glibc_double.cpp.
#pragma once

namespace ag::glibc {

double log(double x);  // natural logarithm, as glibc 2.36's __log_fma
double exp(double x);  // e^x, as glibc 2.36's __exp_fma
double sin(double x);  // sine of x in radians, as glibc 2.36's __sin_fma
double cos(double x);  // cosine of x in radians, as glibc 2.36's __cos_fma
double tan(double x);  // tangent of x in radians, as glibc 2.36's __tan_fma

}  // namespace ag::glibc
