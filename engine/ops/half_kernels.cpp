#include "ops/half_kernels.h"

#include <string>

#include "tensor/error.h"

namespace ag {

void require_half_kernel(const char* kernel, DType d) {
  if (d == DType::Float16) runtime_error(std::string("\"") + kernel + "\" not implemented for 'Half'");
}

void require_reduced_float_kernel(const char* kernel, DType d) {
  if (d == DType::Float16 || d == DType::BFloat16) {
    runtime_error(std::string("\"") + kernel + "\" not implemented for '" + scalar_type_name(d) + "'");
  }
}

}  // namespace ag
