// The native half of torch.linalg (its Python half is engine/lib/python/torch/linalg.py): the
// functions with their own nodes, also under their torch.* and Tensor-method names (torch.det,
// x.inverse(), torch.logdet, ...).
#include "lib/native/tensor_api.h"
#include "python/args.h"

namespace ag::interp {

namespace {

Value named_tuple(const std::string& type, std::vector<std::string> fields, std::vector<Value> items) {
  auto t = std::make_shared<TupleObj>(std::move(items), return_type(type));
  t->field_names = std::move(fields);
  return Value(t);
}

// f(A) with PyTorch's argument name A (and `input` for the torch.* aliases), out= refused.
NativeFn matrix_fn(const char* name, const char* arg, Tensor (*f)(const Tensor&)) {
  return [name, arg, f](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, name, a, k);
    Tensor A = in.to_tensor(r.required(0, arg), arg);
    r.done();
    return in.wrap(f(A));
  };
}

Tensor inverse(const Tensor& a) { return linalg_inv(a); }

// torch.logdet: log det A, NaN where det A < 0 (PyTorch: where(sign == -1, nan, logabsdet)).
Tensor logdet(const Tensor& a) {
  if (a.dim() >= 2 && a.size(-1) != a.size(-2)) {
    runtime_error("logdet: A must be batches of square matrices, but they are " + std::to_string(a.size(-2)) + " by " +
                  std::to_string(a.size(-1)) + " matrices");
  }
  auto [sign, logabsdet] = linalg_slogdet(a);
  Tensor negative = compare(sign, Scalar(-1.0), CompareOp::Eq);
  return where(negative, Tensor::scalar(Scalar(std::nan("")), logabsdet.dtype()), logabsdet);
}

Value slogdet_value(Interpreter& in, Args& a, Kwargs& k, const char* name, const char* arg) {
  ArgReader r(in, name, a, k);
  Tensor A = in.to_tensor(r.required(0, arg), arg);
  r.done();
  auto [sign, logabsdet] = linalg_slogdet(A);
  return named_tuple(std::string(name) == "slogdet" ? "slogdet" : "linalg_slogdet", {"sign", "logabsdet"},
                     {in.wrap(sign), in.wrap(logabsdet)});
}

}  // namespace

void add_linalg_natives(AttrMap& torch) {
  torch["_LinAlgError"] = Value(builtin_types().linalg_error);
  torch["_linalg_det"] = make_native("det", matrix_fn("det", "A", linalg_det));
  torch["_linalg_inv"] = make_native("inv", matrix_fn("inv", "A", inverse));
  torch["_linalg_slogdet"] = make_native("slogdet", [](Interpreter& in, Args& a, Kwargs& k) {
    return slogdet_value(in, a, k, "linalg_slogdet", "A");
  });
  torch["_linalg_solve"] = make_native("solve", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "solve", a, k);
    Tensor A = in.to_tensor(r.required(0, "A"), "A");
    Tensor B = in.to_tensor(r.required(1, "B"), "B");
    auto left = r.keyword("left");
    r.done();
    return in.wrap(linalg_solve(A, B, !left || in.truthy(*left)));
  });
}

// torch.* and Tensor methods with PyTorch's older names.
void add_linalg_functions(std::unordered_map<std::string, NativeFn>& methods) {
  methods["det"] = matrix_fn("det", "input", linalg_det);
  methods["inverse"] = matrix_fn("inverse", "input", inverse);
  methods["logdet"] = matrix_fn("logdet", "input", logdet);
  methods["slogdet"] = [](Interpreter& in, Args& a, Kwargs& k) { return slogdet_value(in, a, k, "slogdet", "input"); };
}

}  // namespace ag::interp
