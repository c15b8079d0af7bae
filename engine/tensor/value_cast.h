// Converting one element type to another the way PyTorch's CPU build does on x86-64.
// A float that does not fit an integer type is undefined behaviour in C++; the hardware
// (cvttsd2si) answers INT64_MIN for NaN, ±inf and out-of-range values, and PyTorch prints
// exactly that — so we spell the hardware's answer out instead of relying on UB.
#pragma once

#include <cstdint>
#include <limits>
#include <type_traits>

namespace ag {

// 2^63 is exactly representable; everything in [-2^63, 2^63) converts normally.
inline bool fits_int64(double v) { return v >= -9223372036854775808.0 && v < 9223372036854775808.0; }

inline int64_t float_to_int64(double v) {
  return fits_int64(v) ? static_cast<int64_t>(v) : std::numeric_limits<int64_t>::min();
}

template <class To, class From>
To value_cast(From v) {
  if constexpr (std::is_floating_point_v<From> && std::is_integral_v<To> && !std::is_same_v<To, bool>) {
    return static_cast<To>(float_to_int64(static_cast<double>(v)));  // int64 is our only integer type
  } else {
    return static_cast<To>(v);
  }
}

}  // namespace ag
