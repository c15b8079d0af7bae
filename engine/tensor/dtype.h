// The dtypes the playground supports and PyTorch's promotion lattice over them.
//
// The narrow dtypes (uint8, int8, int16, int32, float16, bfloat16) are stored widened: their
// elements live in memory as the C++ type of a wide dtype (int64_t, float), so every kernel is
// compiled once per wide type and the wasm module does not grow by six more instantiations.
// Results are brought back into the narrow type's range and precision where they are written
// (tensor/narrow.h); the logical dtype is what Python sees.
#pragma once

#include <cstddef>
#include <cstdint>

namespace ag {

// In PyTorch's ScalarType order of categories: bool, integers, floating.
enum class DType : uint8_t { Bool, UInt8, Int8, Int16, Int32, Int64, Float16, BFloat16, Float32, Float64 };

// torch.get_default_dtype(): the dtype of Python floats and new float tensors. float32 unless
// torch.set_default_dtype changed it; process-wide, as in PyTorch (a new Session resets it).
DType default_float_dtype();
void set_default_float_dtype(DType d);

inline bool is_floating(DType d) { return d >= DType::Float16; }
inline bool is_integral(DType d, bool include_bool) {
  return (d >= DType::UInt8 && d <= DType::Int64) || (include_bool && d == DType::Bool);
}

// The dtype whose C++ type holds d's elements in memory (d itself for the wide dtypes).
inline DType storage_dtype(DType d) {
  if (d == DType::Bool || d == DType::Int64 || d == DType::Float32 || d == DType::Float64) return d;
  return is_floating(d) ? DType::Float32 : DType::Int64;
}
inline bool is_narrow(DType d) { return storage_dtype(d) != d; }

// PyTorch's promoteTypes: the wider of two dtypes of a kind, uint8 with int8 gives int16,
// float16 with bfloat16 gives float32, an integer with a floating dtype gives the floating one.
DType promote_types(DType a, DType b);

size_t dtype_size(DType d);              // PyTorch's element_size(), not the widened storage's
const char* dtype_name(DType d);         // "torch.float32"
const char* legacy_type_name(DType d);   // "torch.FloatTensor", as autograd's messages say
const char* scalar_type_name(DType d);  // "Float", as kernel dispatch errors say ("not implemented for 'Float'")
// The C++ element type as c10::demangle spells it ("long int", "signed char"), which a few ATen
// messages print (clamp_'s "can't be cast to the desired output type long int").
const char* demangled_type_name(DType d);
// The dtype of a legacy type name ("torch.IntTensor"); false when there is none.
bool dtype_from_legacy_name(const char* name, DType* out);

// Calls f with a value of the C++ type that stores dtype d: f(float{}) etc.
template <class F>
decltype(auto) dispatch_dtype(DType d, F&& f) {
  switch (storage_dtype(d)) {
    case DType::Bool: return f(bool{});
    case DType::Int64: return f(int64_t{});
    case DType::Float32: return f(float{});
    case DType::Float64: return f(double{});
    default: break;
  }
  return f(float{});
}

template <class T> constexpr DType dtype_of();
template <> constexpr DType dtype_of<bool>() { return DType::Bool; }
template <> constexpr DType dtype_of<int64_t>() { return DType::Int64; }
template <> constexpr DType dtype_of<float>() { return DType::Float32; }
template <> constexpr DType dtype_of<double>() { return DType::Float64; }

}  // namespace ag
