// Bit-exact scalar emulation of the float32 Box-Muller step PyTorch 1.13 runs on AVX2 CPUs
// for torch.randn with 16+ elements. Its log/sin/cos are the Cephes single-precision
// polynomials (via the avx_mathfun port), evaluated with fused multiply-adds where the
// compiler contracted them; matching that contraction pattern is what makes the values
// identical (checked against PyTorch on 16,000 samples).
#pragma once

namespace ag::detail {

float cephes_logf(float x);
void cephes_sincosf(float x, float* sin_out, float* cos_out);
// data[0..16): uniforms in, normals out (element j pairs with j + 8), scaled by
// fma(normal, std, mean) as PyTorch's normal_fill_16_AVX2 does.
void box_muller_16_avx2(float* data, float mean = 0.0f, float std = 1.0f);

}  // namespace ag::detail
