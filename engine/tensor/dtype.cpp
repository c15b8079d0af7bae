#include "tensor/dtype.h"

#include <cstring>
#include <utility>

namespace ag {

namespace {
DType default_float = DType::Float32;
}

DType default_float_dtype() { return default_float; }
void set_default_float_dtype(DType d) { default_float = d; }

DType promote_types(DType a, DType b) {
  if (a == b) return a;
  if (a == DType::Bool) return b;
  if (b == DType::Bool) return a;
  if (a > b) std::swap(a, b);  // a is now the lower in enum order
  if (is_integral(a, false) && is_integral(b, false)) {
    // Signed with unsigned: uint8 only widens with int8 (no signed type holds both otherwise).
    if (a == DType::UInt8 && b == DType::Int8) return DType::Int16;
    return b;
  }
  if (a == DType::Float16 && b == DType::BFloat16) return DType::Float32;
  return b;  // integer with floating, or two floating dtypes: the later in enum order
}

size_t dtype_size(DType d) {
  switch (d) {
    case DType::Bool: case DType::UInt8: case DType::Int8: return 1;
    case DType::Int16: case DType::Float16: case DType::BFloat16: return 2;
    case DType::Int32: case DType::Float32: return 4;
    case DType::Int64: case DType::Float64: return 8;
  }
  return 1;
}

const char* dtype_name(DType d) {
  switch (d) {
    case DType::Bool: return "torch.bool";
    case DType::UInt8: return "torch.uint8";
    case DType::Int8: return "torch.int8";
    case DType::Int16: return "torch.int16";
    case DType::Int32: return "torch.int32";
    case DType::Int64: return "torch.int64";
    case DType::Float16: return "torch.float16";
    case DType::BFloat16: return "torch.bfloat16";
    case DType::Float32: return "torch.float32";
    case DType::Float64: return "torch.float64";
  }
  return "?";
}

const char* scalar_type_name(DType d) {
  switch (d) {
    case DType::Bool: return "Bool";
    case DType::UInt8: return "Byte";
    case DType::Int8: return "Char";
    case DType::Int16: return "Short";
    case DType::Int32: return "Int";
    case DType::Int64: return "Long";
    case DType::Float16: return "Half";
    case DType::BFloat16: return "BFloat16";
    case DType::Float32: return "Float";
    case DType::Float64: return "Double";
  }
  return "?";
}

const char* legacy_type_name(DType d) {
  switch (d) {
    case DType::Bool: return "torch.BoolTensor";
    case DType::UInt8: return "torch.ByteTensor";
    case DType::Int8: return "torch.CharTensor";
    case DType::Int16: return "torch.ShortTensor";
    case DType::Int32: return "torch.IntTensor";
    case DType::Int64: return "torch.LongTensor";
    case DType::Float16: return "torch.HalfTensor";
    case DType::BFloat16: return "torch.BFloat16Tensor";
    case DType::Float32: return "torch.FloatTensor";
    case DType::Float64: return "torch.DoubleTensor";
  }
  return "?";
}

}  // namespace ag

namespace ag {

const char* demangled_type_name(DType d) {
  switch (d) {
    case DType::Bool: return "bool";
    case DType::UInt8: return "unsigned char";
    case DType::Int8: return "signed char";
    case DType::Int16: return "short int";
    case DType::Int32: return "int";
    case DType::Int64: return "long int";
    case DType::Float16: return "c10::Half";
    case DType::BFloat16: return "c10::BFloat16";
    case DType::Float32: return "float";
    case DType::Float64: return "double";
  }
  return "float";
}

bool dtype_from_legacy_name(const char* name, DType* out) {
  for (int d = 0; d <= static_cast<int>(DType::Float64); ++d) {
    if (std::strcmp(name, legacy_type_name(static_cast<DType>(d))) == 0) {
      *out = static_cast<DType>(d);
      return true;
    }
  }
  return false;
}

}  // namespace ag
