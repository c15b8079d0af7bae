// The four dtypes the playground supports and PyTorch's promotion lattice over them.
#pragma once

#include <cstddef>
#include <cstdint>

namespace ag {

// Ordered by promotion: bool < int64 < float32 < float64 (a linear chain for these four).
enum class DType : uint8_t { Bool = 0, Int64 = 1, Float32 = 2, Float64 = 3 };

// torch.get_default_dtype(): the dtype of Python floats and new float tensors. float32 unless
// torch.set_default_dtype changed it; process-wide, as in PyTorch (a new Session resets it).
DType default_float_dtype();
void set_default_float_dtype(DType d);

inline bool is_floating(DType d) { return d == DType::Float32 || d == DType::Float64; }
inline bool is_integral(DType d, bool include_bool) {
  return d == DType::Int64 || (include_bool && d == DType::Bool);
}
inline DType promote_types(DType a, DType b) { return a > b ? a : b; }

size_t dtype_size(DType d);
const char* dtype_name(DType d);         // "torch.float32"
const char* legacy_type_name(DType d);   // "torch.FloatTensor", as autograd's messages say
const char* scalar_type_name(DType d);   // "Float", as kernel dispatch errors say ("not implemented for 'Float'")

// Calls f with a value of the C++ type that stores dtype d: f(float{}) etc.
template <class F>
decltype(auto) dispatch_dtype(DType d, F&& f) {
  switch (d) {
    case DType::Bool: return f(bool{});
    case DType::Int64: return f(int64_t{});
    case DType::Float32: return f(float{});
    case DType::Float64: return f(double{});
  }
  return f(float{});
}

template <class T> constexpr DType dtype_of();
template <> constexpr DType dtype_of<bool>() { return DType::Bool; }
template <> constexpr DType dtype_of<int64_t>() { return DType::Int64; }
template <> constexpr DType dtype_of<float>() { return DType::Float32; }
template <> constexpr DType dtype_of<double>() { return DType::Float64; }

}  // namespace ag
