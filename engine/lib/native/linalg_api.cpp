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

std::optional<Shape> optional_dims(Interpreter& in, const std::optional<Value>& v) {
  if (!v || v->is_none()) return std::nullopt;
  if (v->is_int() || v->is_bool()) return Shape{v->as_int()};
  return to_shape(in, *v);
}

// PyTorch's order: n = 0 is a copy of the identity into a clone, 1 a clone, 2 and 3 plain
// products, then binary powering from the low bit; negative n powers the inverse.
Tensor matrix_power(Tensor a, int64_t n) {
  if (a.dim() < 2 || a.size(-1) != a.size(-2)) {
    runtime_error("linalg.matrix_power: A must be batches of square matrices, but they are " +
                  std::to_string(a.dim() >= 2 ? a.size(-2) : a.size(-1)) + " by " + std::to_string(a.size(-1)) +
                  " matrices");
  }
  auto product = [&a](const Tensor& x, const Tensor& y) { return a.dim() == 2 ? mm(x, y) : matmul(x, y); };
  if (n == 0) {
    Tensor out = clone(a);
    copy_(out, expand(eye(a.size(-1), a.size(-1), a.dtype()), a.shape()));
    return out;
  }
  if (n < 0) {
    a = linalg_inv(a, "linalg.inv");
    if (n == -1) return a;  // the inverse itself, no clone (as PyTorch shows it)
    n = -n;
  }
  if (n == 1) return clone(a);
  if (n == 2) return product(a, a);
  if (n == 3) return product(product(a, a), a);
  Tensor z, result;
  for (; n > 0; n /= 2) {
    z = z.defined() ? product(z, z) : a;
    if (n % 2 == 1) result = result.defined() ? product(result, z) : z;
  }
  return result;
}

// torch.cross without dim: the first dimension of size 3 (PyTorch 1.13's deprecated default).
int64_t default_cross_dim(const Tensor& a) {
  for (int64_t d = 0; d < a.dim(); ++d) {
    if (a.size(d) == 3) return d;
  }
  runtime_error("no dimension of size 3 in input");
}

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
  torch["_linalg_vector_norm"] = make_native("vector_norm", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "linalg_vector_norm", a, k);
    Tensor x = in.to_tensor(r.required(0, "input"), "input");
    auto ord = r.get(1, "ord");
    auto dim = r.get(2, "dim");
    auto keepdim = r.get(3, "keepdim");
    auto dtype = r.keyword("dtype");
    r.done();
    if (ord && ord->as<StrObj>()) {
      in.raise("TypeError", "linalg_vector_norm(): argument 'ord' must be Number, not str");
    }
    const double p = ord && !ord->is_none() ? to_float(in, *ord) : 2.0;
    return in.wrap(linalg_vector_norm(x, p, optional_dims(in, dim), keepdim && in.truthy(*keepdim), optional_dtype(in, dtype)));
  });
  torch["_linalg_cross"] = make_native("cross", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "linalg_cross", a, k);
    Tensor x = in.to_tensor(r.required(0, "input"), "input");
    Tensor y = in.to_tensor(r.required(1, "other"), "other");
    auto dim = r.get(2, "dim");
    r.done();
    return in.wrap(linalg_cross(x, y, dim && !dim->is_none() ? to_int(in, *dim) : -1));
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
  methods["matrix_power"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "matrix_power", a, k);
    Tensor x = in.to_tensor(r.required(0, "input"), "input");
    const int64_t n = to_int(in, r.required(1, "n"));
    r.done();
    return in.wrap(matrix_power(x, n));
  };
  methods["cross"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "cross", a, k);
    Tensor x = in.to_tensor(r.required(0, "input"), "input");
    Tensor y = in.to_tensor(r.required(1, "other"), "other");
    auto dim = r.get(2, "dim");
    r.done();
    return in.wrap(linalg_cross(x, y, dim && !dim->is_none() ? to_int(in, *dim) : default_cross_dim(x)));
  };
  methods["inverse"] = matrix_fn("inverse", "input", inverse);
  methods["logdet"] = matrix_fn("logdet", "input", logdet);
  methods["slogdet"] = [](Interpreter& in, Args& a, Kwargs& k) { return slogdet_value(in, a, k, "slogdet", "input"); };
}

}  // namespace ag::interp
