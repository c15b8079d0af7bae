#include "tensor/narrow.h"

#include <cmath>
#include <cstring>

#include "tensor/error.h"
#include "tensor/tensor.h"

namespace ag {

namespace {

uint32_t float_bits(float v) {
  uint32_t u;
  std::memcpy(&u, &v, sizeof u);
  return u;
}

float bits_float(uint32_t u) {
  float v;
  std::memcpy(&v, &u, sizeof v);
  return v;
}

int bit_width(DType d) {
  switch (d) {
    case DType::UInt8: case DType::Int8: return 8;
    case DType::Int16: return 16;
    case DType::Int32: return 32;
    default: return 64;
  }
}

}  // namespace

int64_t wrap_integer(int64_t v, DType d) {
  const int bits = bit_width(d);
  if (bits == 64) return v;
  const uint64_t mask = (uint64_t{1} << bits) - 1;
  const uint64_t low = static_cast<uint64_t>(v) & mask;
  if (d == DType::UInt8) return static_cast<int64_t>(low);
  const uint64_t sign = uint64_t{1} << (bits - 1);
  return low & sign ? static_cast<int64_t>(low) - static_cast<int64_t>(mask) - 1 : static_cast<int64_t>(low);
}

int64_t float_to_integer(double v, DType d, bool from_double) {
  if (d == DType::Int64) return float_to_int64(v);
  if (d == DType::UInt8 && from_double) return wrap_integer(float_to_int64(v), d);
  // [-2^31, 2^31) converts; everything else is the hardware's "integer indefinite" INT32_MIN.
  const bool fits = v >= -2147483648.0 && v < 2147483648.0;
  const int64_t as_int32 = fits ? static_cast<int64_t>(static_cast<int32_t>(v)) : INT32_MIN;
  return wrap_integer(as_int32, d);
}

float round_to_half(float v) {
  const uint32_t u = float_bits(v);
  const uint32_t sign = u & 0x80000000u, magnitude = u & 0x7fffffffu;
  if (magnitude >= 0x7f800000u) return v;                       // inf, NaN
  if (magnitude >= 0x477ff000u) return bits_float(sign | 0x7f800000u);  // >= 65520 rounds past 65504
  if (magnitude < 0x38800000u) {
    // Below 2^-14 float16 is subnormal, with a fixed quantum of 2^-24; scaling by powers of
    // two is exact, so nearbyint (round to nearest even) rounds at that quantum.
    const float q = std::nearbyint(bits_float(magnitude) * 16777216.0f) / 16777216.0f;
    return bits_float(sign | float_bits(q));
  }
  // Normal: keep 10 of the 23 mantissa bits, rounding the 13 dropped ones to nearest even.
  const uint32_t rounded = (magnitude + 0x0fffu + ((magnitude >> 13) & 1u)) & ~0x1fffu;
  return bits_float(sign | rounded);
}

float round_to_bfloat16(float v) {
  if (std::isnan(v)) return v;
  const uint32_t u = float_bits(v);
  return bits_float((u + 0x7fffu + ((u >> 16) & 1u)) & 0xffff0000u);
}

namespace {

// The C++ type ATen's kernels name in the overflow message.
const char* kernel_type_name(DType d) {
  switch (d) {
    case DType::UInt8: return "uint8_t";
    case DType::Int8: return "int8_t";
    case DType::Int16: return "int16_t";
    case DType::Int32: return "int";
    case DType::Int64: return "int64_t";
    case DType::Float16: return "at::Half";
    case DType::BFloat16: return "at::BFloat16";
    case DType::Float32: return "float";
    default: return "double";
  }
}

void integer_limits(DType d, double* lowest, double* highest) {
  const int bits = bit_width(d);
  if (d == DType::UInt8) {
    *lowest = 0;
    *highest = 255;
  } else {
    *highest = std::ldexp(1.0, bits - 1) - 1;
    *lowest = -std::ldexp(1.0, bits - 1);
  }
}

}  // namespace

void check_scalar_fits(const Scalar& value, DType d, bool name_dtype) {
  if (d == DType::Bool || d == DType::Float64 || value.is_bool()) return;
  bool overflows = false;
  if (is_floating(d)) {
    if (value.is_float() && std::isfinite(value.f)) {
      const double highest = d == DType::Float16 ? 65504.0
                             : d == DType::BFloat16 ? 3.3895313892515355e+38 : 3.4028234663852886e+38;
      overflows = std::fabs(value.f) > highest;
    }
  } else if (value.is_float()) {
    if (d == DType::Int64) {
      overflows = std::isnan(value.f) || !(value.f >= -9223372036854775808.0 && value.f <= 9223372036854775807.0);
    } else {
      double lowest, highest;
      integer_limits(d, &lowest, &highest);
      overflows = std::isnan(value.f) || value.f < lowest || value.f > highest;
    }
  } else if (d != DType::Int64) {
    double lowest, highest;
    integer_limits(d, &lowest, &highest);
    const int64_t v = value.i, max = static_cast<int64_t>(highest);
    overflows = d == DType::UInt8 ? (v > max || v < -max) : (v < static_cast<int64_t>(lowest) || v > max);
  }
  if (overflows) {
    runtime_error(std::string("value cannot be converted to type ") +
                  (name_dtype ? dtype_name(d) + 6 : kernel_type_name(d)) + " without overflow");
  }
}

void narrow_contiguous(const Tensor& t) {
  const DType d = t.dtype();
  if (!is_narrow(d)) return;
  const int64_t n = t.numel();
  if (is_floating(d)) {
    float* p = t.data_ptr<float>();
    if (d == DType::Float16) {
      for (int64_t i = 0; i < n; ++i) p[i] = round_to_half(p[i]);
    } else {
      for (int64_t i = 0; i < n; ++i) p[i] = round_to_bfloat16(p[i]);
    }
  } else {
    int64_t* p = t.data_ptr<int64_t>();
    for (int64_t i = 0; i < n; ++i) p[i] = wrap_integer(p[i], d);
  }
}

}  // namespace ag
