// PyTorch 1.13 compiles many CPU kernels for float32, float64 and bfloat16 but not float16: on a
// float16 tensor they raise `"<kernel>" not implemented for 'Half'` (the table is in
// docs/pytorch-facts/narrow-dtypes.md). Each such op names its ATen kernel here, after its shape
// checks, as ATen dispatches after them.
#pragma once

#include "tensor/dtype.h"

namespace ag {

// Raises for float16.
void require_half_kernel(const char* kernel, DType d);
// Raises for float16 and bfloat16 (prod_cpu, which has neither).
void require_reduced_float_kernel(const char* kernel, DType d);

}  // namespace ag
