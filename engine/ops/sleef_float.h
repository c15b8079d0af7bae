// sleef_float.h — portable scalar re-implementation of SLEEF's AVX2 float32
// math kernels, so that autograd-playground prints the same float32 digits as
// PyTorch on every target (native and WebAssembly).
//
// Why: PyTorch 1.13 (Debian build, CPU capability AVX2) evaluates exp, log,
// tanh, sin, cos, ... on contiguous float32 tensors with SLEEF 3.5.1's AVX2
// functions (Sleef_expf8_u10avx2 and friends, reached through
// at::vec::Vectorized<float>). Those results differ from glibc/musl libm in
// the last bit for a noticeable share of inputs, so to be bit-exact we
// evaluate the very same algorithms: identical operations in identical order,
// with a fused multiply-add (std::fma) exactly where SLEEF's AVX2 build fuses
// (its AVX2 helper maps vmla/vfma* onto vfmadd/vfmsub/vfnmadd and enables the
// FMA variants of the double-float helpers).
//
// Reproduced: SLEEF 3.5.1, AVX2 ("avx2" suffix, FMA, non-deterministic i.e.
// not the "finz_" variants), 1.0-ULP ("u10") single-precision functions.
//
// Requirements on the build: the implementation file must be compiled with
// floating-point contraction disabled (-ffp-contract=off for GCC/Clang; the
// default in Emscripten's wasm output because wasm has no fused opcode), no
// -ffast-math, and round-to-nearest (the default) — only the explicit
// std::fma calls may fuse.
//
// Lane-group caveat (trig): SLEEF's sinf/cosf/tanf choose their argument
// reduction for a whole vector of 8 lanes at once: if every lane satisfies
// |x| < 125 they use a cheap Cody-Waite reduction, otherwise ALL 8 lanes go
// through the Payne-Hanek reduction (rempif). The two reductions can differ
// in the last bit, so a lane's result depends on its 7 neighbours. The
// *_x8 and *_map entry points reproduce that grouping; the plain scalar
// function assumes the whole group falls in the same class as x.
#pragma once

#include <cstddef>

namespace ag::sleef {

// ---- exponentials and logarithms (no cross-lane effects) -------------------
float expf_u10(float x);    // Sleef_expf8_u10avx2
float exp2f_u10(float x);   // Sleef_exp2f8_u10avx2
float expm1f_u10(float x);  // Sleef_expm1f8_u10avx2
float logf_u10(float x);    // Sleef_logf8_u10avx2
float log2f_u10(float x);   // Sleef_log2f8_u10avx2
float log10f_u10(float x);  // Sleef_log10f8_u10avx2
float log1pf_u10(float x);  // Sleef_log1pf8_u10avx2
float powf_u10(float x, float y);  // Sleef_powf8_u10avx2

// ---- hyperbolic (no cross-lane effects) ------------------------------------
float tanhf_u10(float x);   // Sleef_tanhf8_u10avx2
float sinhf_u10(float x);   // Sleef_sinhf8_u10avx2
float coshf_u10(float x);   // Sleef_coshf8_u10avx2

// ---- inverse trig (no cross-lane effects) ----------------------------------
float atanf_u10(float x);   // Sleef_atanf8_u10avx2
float asinf_u10(float x);   // Sleef_asinf8_u10avx2
float acosf_u10(float x);   // Sleef_acosf8_u10avx2
float atan2f_u10(float y, float x);  // Sleef_atan2f8_u10avx2

// ---- trig (argument reduction chosen per group of 8 lanes) -----------------
// Scalar form: the result x gets when all 8 lanes of its vector are in the
// same class as x (|x| < 125 -> Cody-Waite, else Payne-Hanek).
float sinf_u10(float x);    // Sleef_sinf8_u10avx2
float cosf_u10(float x);    // Sleef_cosf8_u10avx2
float tanf_u10(float x);    // Sleef_tanf8_u10avx2

// Explicit-path forms. `wide_group` = true means "some lane of this vector has
// |x| >= 125, or is NaN/Inf", which sends every lane through Payne-Hanek.
float sinf_u10_lane(float x, bool wide_group);
float cosf_u10_lane(float x, bool wide_group);
float tanf_u10_lane(float x, bool wide_group);

// One full vector of 8 lanes, exactly as Sleef_<fn>f8_u10avx2 sees it.
void sinf_u10_x8(const float* in8, float* out8);
void cosf_u10_x8(const float* in8, float* out8);
void tanf_u10_x8(const float* in8, float* out8);

// Whole contiguous buffer grouped like at::vec::map (ATen's vml path):
// lanes [0,8), [8,16), ... and a final partial vector padded with 0.0f.
// Use these to mirror torch.sin/cos/tan on a contiguous float32 tensor.
void sinf_u10_map(const float* in, float* out, std::size_t n);
void cosf_u10_map(const float* in, float* out, std::size_t n);
void tanf_u10_map(const float* in, float* out, std::size_t n);

}  // namespace ag::sleef
