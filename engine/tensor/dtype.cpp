#include "tensor/dtype.h"

namespace ag {

namespace {
DType default_float = DType::Float32;
}

DType default_float_dtype() { return default_float; }
void set_default_float_dtype(DType d) { default_float = d; }

size_t dtype_size(DType d) {
  switch (d) {
    case DType::Bool: return sizeof(bool);
    case DType::Int64: return sizeof(int64_t);
    case DType::Float32: return sizeof(float);
    case DType::Float64: return sizeof(double);
  }
  return 1;
}

const char* dtype_name(DType d) {
  switch (d) {
    case DType::Bool: return "torch.bool";
    case DType::Int64: return "torch.int64";
    case DType::Float32: return "torch.float32";
    case DType::Float64: return "torch.float64";
  }
  return "?";
}

const char* scalar_type_name(DType d) {
  switch (d) {
    case DType::Bool: return "Bool";
    case DType::Int64: return "Long";
    case DType::Float32: return "Float";
    case DType::Float64: return "Double";
  }
  return "";
}

const char* legacy_type_name(DType d) {
  switch (d) {
    case DType::Bool: return "torch.BoolTensor";
    case DType::Int64: return "torch.LongTensor";
    case DType::Float32: return "torch.FloatTensor";
    case DType::Float64: return "torch.DoubleTensor";
  }
  return "?";
}

}  // namespace ag
