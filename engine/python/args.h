// Reading the arguments of native functions by position or keyword, and converting Python
// values to engine types with Python's error messages.
#pragma once

#include <optional>
#include <string>

#include "python/interpreter.h"

namespace ag::interp {

class ArgReader {
 public:
  ArgReader(Interpreter& in, std::string fname, Args& args, Kwargs& kwargs)
      : in_(in), fname_(std::move(fname)), args_(args), kwargs_(kwargs), used_(kwargs.size(), false) {}

  // The argument at `pos` or named `name`; nullopt when absent (None counts as present).
  std::optional<Value> get(size_t pos, const char* name);
  Value required(size_t pos, const char* name);
  // Keyword-only.
  std::optional<Value> keyword(const char* name) { return get(SIZE_MAX, name); }
  size_t positional_count() const { return args_.size(); }
  const Args& positional() const { return args_; }
  // Raises TypeError for keywords nobody asked for.
  void done();
  Interpreter& in() { return in_; }
  const std::string& name() const { return fname_; }
  // PyTorch's argument parser words its errors its own way (`atan2() missing 1 required
  // positional arguments: "other"`, `argument 'eps' must be float, not str`): torch functions
  // bound natively switch to them.
  ArgReader& torch_style() {
    torch_style_ = true;
    return *this;
  }
  // An optional float argument, None as absent, with the parser's error for other types.
  std::optional<double> optional_float(size_t pos, const char* name);

 private:
  bool torch_style_ = false;
  Interpreter& in_;
  std::string fname_;
  Args& args_;
  Kwargs& kwargs_;
  std::vector<bool> used_;
};

int64_t to_int(Interpreter& in, const Value& v, const char* what = "an integer");
double to_float(Interpreter& in, const Value& v);
// Python's int(float): ValueError for NaN, OverflowError for inf and beyond 64 bits.
int64_t int_from_float(Interpreter& in, double d);
Scalar to_scalar(Interpreter& in, const Value& v);
DType to_dtype(Interpreter& in, const Value& v);
std::optional<DType> optional_dtype(Interpreter& in, const std::optional<Value>& v);
// A shape given as separate ints starting at `first`, or as one tuple/list/torch.Size.
Shape shape_from(Interpreter& in, const Args& args, size_t first, const char* fname);
Shape to_shape(Interpreter& in, const Value& v);
Value make_size(const Shape& shape);
Value scalar_value(const Scalar& s);
Value tensor_tolist(const Tensor& t);

}  // namespace ag::interp
