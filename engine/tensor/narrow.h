// Values of the narrow dtypes, which are stored widened (see tensor/dtype.h): the rules that
// bring a wide value into uint8/int8/int16/int32 or float16/bfloat16, as PyTorch's CPU
// conversions do on x86-64.
#pragma once

#include <cstdint>

#include "tensor/dtype.h"
#include "tensor/scalar.h"

namespace ag {

class Tensor;

// An integer truncated to d's width in two's complement (int64 -> int8 keeps the low byte, as
// a C++ cast does): 256 -> 0 in uint8, 128 -> -128 in int8. d is an integral dtype.
int64_t wrap_integer(int64_t v, DType d);

// A floating value converted to integral d. PyTorch's kernels convert through int32 for every
// dtype narrower than int64 (cvttss2si answers INT32_MIN for NaN, ±inf and out-of-range
// values), then truncate: 300.0 -> 44 and -1.0 -> 255 in uint8, 3e9 -> -2147483648 in int32.
// A float64 source into uint8 goes through int64 instead (3e9 + 7 -> 7): from_double says so.
int64_t float_to_integer(double v, DType d, bool from_double = false);

// Round to nearest even into float16 (overflow to ±inf, subnormals kept) and bfloat16 (the top
// 16 bits of a float32), returned as the float32 that holds the result exactly.
float round_to_half(float v);
float round_to_bfloat16(float v);


// PyTorch's c10::overflows check on a Python number written into a tensor of dtype d (torch.tensor,
// full, fill_, masked_fill): RuntimeError "value cannot be converted to type int8_t without
// overflow" (torch.tensor names the dtype, "int8"; the kernels name the C++ type). Integers into
// an unsigned dtype pass from -max to max (they wrap); floats must lie in [lowest, max]; NaN
// and ±inf pass for floating dtypes only.
void check_scalar_fits(const Scalar& value, DType d, bool name_dtype = false);

// Brings every element of t, a contiguous tensor of a narrow dtype whose elements were written
// as wide values, into its dtype; nothing for wide dtypes.
void narrow_contiguous(const Tensor& t);

}  // namespace ag
