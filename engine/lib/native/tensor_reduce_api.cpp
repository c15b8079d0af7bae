// torch's reductions beyond sum/mean/max/min, as torch functions and tensor methods: std/var
// (and *_mean), logsumexp, amax/amin/aminmax, nansum/nanmean, count_nonzero, all/any by dim,
// the scans (cumsum ... cummin), sorting (sort argsort topk kthvalue median mode unique), and
// gather/scatter/flip. Results with values and indices are torch.return_types named tuples.
#include "lib/native/tensor_api.h"

#include "ops/half_kernels.h"
#include "python/args.h"

namespace ag::interp {

namespace {

}  // namespace

ClassObj* return_type(const std::string& name) {
  static std::unordered_map<std::string, ClassRef> classes;
  auto& c = classes[name];
  if (!c) {
    c = std::make_shared<ClassObj>();
    c->name = name;
    c->module = "torch.return_types";
    c->bases = {builtin_types().tuple};
    c->metaclass = builtin_types().type.get();
  }
  return c.get();
}

namespace {

Value named_pair(Interpreter& in, const std::string& type, const char* first, const char* second, const Tensor& a,
                 const Tensor& b) {
  auto t = std::make_shared<TupleObj>(std::vector<Value>{in.wrap(a), in.wrap(b)}, return_type(type));
  t->field_names = {first, second};
  return Value(t);
}

Value values_indices(Interpreter& in, const std::string& type, const std::pair<Tensor, Tensor>& vi) {
  return named_pair(in, type, "values", "indices", vi.first, vi.second);
}

// A dim argument: an int, or a tuple/list of ints (for reductions that take several).
std::optional<Shape> dims_arg(Interpreter& in, const std::optional<Value>& v) {
  if (!v || v->is_none()) return std::nullopt;
  if (v->is_int() || v->is_bool()) return Shape{v->as_int()};
  return to_shape(in, *v);
}

int64_t dim_arg(Interpreter& in, const std::optional<Value>& v, int64_t fallback) {
  return v && !v->is_none() ? to_int(in, *v) : fallback;
}

bool flag(Interpreter& in, const std::optional<Value>& v, bool fallback) { return v ? in.truthy(*v) : fallback; }

// std/var(input, dim=None, unbiased=True, keepdim=False, *, correction=None), and the legacy
// std(input, unbiased) where the second positional is a bool.
struct StdArgs {
  std::optional<Shape> dims;
  double correction = 1;
  bool keepdim = false;
};

StdArgs std_args(Interpreter& in, ArgReader& r) {
  StdArgs s;
  auto second = r.get(1, "dim");
  std::optional<Value> unbiased;
  if (second && second->is_bool() && !r.keyword("dim")) {
    unbiased = second;
  } else {
    s.dims = dims_arg(in, second);
    unbiased = r.get(2, "unbiased");
  }
  s.keepdim = flag(in, r.get(3, "keepdim"), false);
  if (unbiased && !unbiased->is_none()) s.correction = in.truthy(*unbiased) ? 1 : 0;
  if (auto c = r.keyword("correction"); c && !c->is_none()) s.correction = to_float(in, *c);
  return s;
}

NativeFn std_var_fn(const char* name, bool take_sqrt, bool with_mean) {
  return [name, take_sqrt, with_mean](Interpreter& in, Args& a, Kwargs& k) -> Value {
    ArgReader r(in, name, a, k);
    Tensor t = self_of(r);
    StdArgs s = std_args(in, r);
    r.done();
    if (!is_floating(t.dtype())) in.raise("RuntimeError", "std and var only support floating point and complex dtypes");
    Tensor out = std_var(t, s.dims, s.correction, s.keepdim, take_sqrt, with_mean);
    if (!with_mean) return in.wrap(out);
    return make_tuple({in.wrap(out), in.wrap(std_var_mean_part(t, s.dims, s.keepdim, take_sqrt))});
  };
}

NativeFn scan_fn(const char* name, Tensor (*f)(const Tensor&, int64_t, std::optional<DType>)) {
  return [name, f](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, name, a, k);
    Tensor t = self_of(r);
    const int64_t dim = to_int(in, r.required(1, "dim"));
    auto dtype = optional_dtype(in, r.keyword("dtype"));
    r.done();
    return in.wrap(f(t, dim, dtype));
  };
}

}  // namespace

void add_reduction_functions(std::unordered_map<std::string, NativeFn>& m) {
  m["histc"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "histc", a, k);
    Tensor t = self_of(r);
    auto bins = r.get(1, "bins");
    auto min = r.get(2, "min");
    auto max = r.get(3, "max");
    r.done();
    return in.wrap(histc(t, bins ? to_int(in, *bins) : 100, min ? to_float(in, *min) : 0.0, max ? to_float(in, *max) : 0.0));
  };
  m["dist"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "dist", a, k);
    Tensor t = self_of(r);
    Tensor other = in.to_tensor(r.required(1, "other"));
    auto p = r.get(2, "p");
    r.done();
    return in.wrap(dist(t, other, p ? to_float(in, *p) : 2.0));
  };
  m["vdot"] = binary_fn("vdot", vdot);
  m["bincount"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "bincount", a, k);
    Tensor t = self_of(r);
    auto weights = r.get(1, "weights");
    auto minlength = r.get(2, "minlength");
    r.done();
    Tensor w = weights && !weights->is_none() ? in.to_tensor(*weights) : Tensor();
    return in.wrap(bincount(t, w, minlength ? to_int(in, *minlength) : 0));
  };
  m["std"] = std_var_fn("std", true, false);
  m["var"] = std_var_fn("var", false, false);
  m["std_mean"] = std_var_fn("std_mean", true, true);
  m["var_mean"] = std_var_fn("var_mean", false, true);
  m["logsumexp"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "logsumexp", a, k);
    r.torch_style();
    Tensor t = self_of(r);
    Value dim = r.required(1, "dim");
    bool keepdim = flag(in, r.get(2, "keepdim"), false);
    r.done();
    return in.wrap(logsumexp(t, *dims_arg(in, dim), keepdim));
  };
  for (const bool is_max : {true, false}) {
    const char* name = is_max ? "amax" : "amin";
    m[name] = [name, is_max](Interpreter& in, Args& a, Kwargs& k) {
      ArgReader r(in, name, a, k);
      Tensor t = self_of(r);
      Shape dims = dims_arg(in, r.get(1, "dim")).value_or(Shape{});
      bool keepdim = flag(in, r.get(2, "keepdim"), false);
      r.done();
      return in.wrap(is_max ? amax(t, dims, keepdim) : amin(t, dims, keepdim));
    };
  }
  m["aminmax"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "aminmax", a, k);
    Tensor t = self_of(r);
    require_half_kernel("aminmax_cpu", t.dtype());
    auto dim = r.keyword("dim");
    bool keepdim = flag(in, r.keyword("keepdim"), false);
    r.done();
    Shape dims = dims_arg(in, dim).value_or(Shape{});
    return named_pair(in, "aminmax", "min", "max", amin(t, dims, keepdim), amax(t, dims, keepdim));
  };
  m["nansum"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "nansum", a, k);
    Tensor t = self_of(r);
    auto dims = dims_arg(in, r.get(1, "dim"));
    bool keepdim = flag(in, r.get(2, "keepdim"), false);
    auto dtype = optional_dtype(in, r.keyword("dtype"));
    r.done();
    return in.wrap(nansum(t, dims, keepdim, dtype));
  };
  m["nanmean"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "nanmean", a, k);
    Tensor t = self_of(r);
    if (!is_floating(t.dtype())) {
      in.raise("RuntimeError", std::string("nanmean(): expected input to have floating point dtype but got ") +
                                   (t.dtype() == DType::Int64 ? "Long" : "Bool"));
    }
    auto dims = dims_arg(in, r.get(1, "dim"));
    bool keepdim = flag(in, r.get(2, "keepdim"), false);
    r.done();
    // PyTorch's composite: nansum / the count of non-NaN elements.
    Tensor present = logical_not(isnan(t.detach()));
    Tensor count = dims ? sum(present, *dims, keepdim) : sum(present);
    return in.wrap(div(nansum(t, dims, keepdim), count));
  };
  m["count_nonzero"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "count_nonzero", a, k);
    Tensor t = self_of(r);
    auto dims = dims_arg(in, r.get(1, "dim"));
    r.done();
    return in.wrap(count_nonzero(t, dims));
  };
  for (const bool is_all : {true, false}) {
    const char* name = is_all ? "all" : "any";
    m[name] = [name, is_all](Interpreter& in, Args& a, Kwargs& k) {
      ArgReader r(in, name, a, k);
      Tensor t = self_of(r);
      auto dim = r.get(1, "dim");
      bool keepdim = flag(in, r.get(2, "keepdim"), false);
      r.done();
      Tensor nonzero = compare(t.detach(), Scalar(int64_t{0}), CompareOp::Ne);
      // PyTorch 1.13 keeps uint8 for uint8 inputs (the legacy mask dtype); every other is bool.
      auto result = [&](Tensor b) { return in.wrap(t.dtype() == DType::UInt8 ? to_dtype(b, DType::UInt8) : b); };
      if (!dim || dim->is_none()) {
        const int64_t count = sum(nonzero).item().to_int();
        return result(Tensor::scalar(Scalar(is_all ? count == t.numel() : count > 0), DType::Bool));
      }
      const int64_t d = to_int(in, *dim);
      Tensor count = sum(nonzero, {d}, keepdim);
      if (is_all) return result(compare(count, Scalar(t.dim() ? t.size(d) : 1), CompareOp::Eq));
      return result(compare(count, Scalar(int64_t{0}), CompareOp::Gt));
    };
  }
  m["cumsum"] = scan_fn("cumsum", cumsum);
  m["cumprod"] = scan_fn("cumprod", cumprod);
  for (const bool is_max : {true, false}) {
    const char* name = is_max ? "cummax" : "cummin";
    m[name] = [name, is_max](Interpreter& in, Args& a, Kwargs& k) {
      ArgReader r(in, name, a, k);
      Tensor t = self_of(r);
      const int64_t dim = to_int(in, r.required(1, "dim"));
      r.done();
      return values_indices(in, name, cummax_cummin(t, dim, is_max));
    };
  }
  m["sort"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "sort", a, k);
    Tensor t = self_of(r);
    int64_t dim = dim_arg(in, r.get(1, "dim"), -1);
    bool descending = flag(in, r.get(2, "descending"), false);
    const bool stable = flag(in, r.keyword("stable"), false);  // the engine's sort is always stable
    r.done();
    return values_indices(in, "sort", sort(t, dim, descending, stable));
  };
  m["argsort"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "argsort", a, k);
    Tensor t = self_of(r);
    int64_t dim = dim_arg(in, r.get(1, "dim"), -1);
    bool descending = flag(in, r.get(2, "descending"), false);
    r.keyword("stable");
    r.done();
    return in.wrap(argsort(t, dim, descending));
  };
  m["msort"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "msort", a, k);
    Tensor t = self_of(r);
    r.done();
    return in.wrap(sort(t, 0, false).first);
  };
  m["topk"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "topk", a, k);
    Tensor t = self_of(r);
    const int64_t kk = to_int(in, r.required(1, "k"));
    int64_t dim = dim_arg(in, r.get(2, "dim"), -1);
    bool largest = flag(in, r.get(3, "largest"), true);
    r.get(4, "sorted");
    r.done();
    return values_indices(in, "topk", topk(t, kk, dim, largest));
  };
  m["kthvalue"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "kthvalue", a, k);
    Tensor t = self_of(r);
    const int64_t kk = to_int(in, r.required(1, "k"));
    int64_t dim = dim_arg(in, r.get(2, "dim"), -1);
    bool keepdim = flag(in, r.get(3, "keepdim"), false);
    r.done();
    return values_indices(in, "kthvalue", kthvalue(t, kk, dim, keepdim));
  };
  m["median"] = [](Interpreter& in, Args& a, Kwargs& k) -> Value {
    ArgReader r(in, "median", a, k);
    Tensor t = self_of(r);
    auto dim = r.get(1, "dim");
    bool keepdim = flag(in, r.get(2, "keepdim"), false);
    r.done();
    if (!dim || dim->is_none()) return in.wrap(median(t));
    return values_indices(in, "median", median(t, to_int(in, *dim), keepdim));
  };
  m["nanmedian"] = [](Interpreter& in, Args& a, Kwargs& k) -> Value {
    ArgReader r(in, "nanmedian", a, k);
    Tensor t = self_of(r);
    auto dim = r.get(1, "dim");
    bool keepdim = flag(in, r.get(2, "keepdim"), false);
    r.done();
    if (!dim || dim->is_none()) return in.wrap(nanmedian(t));
    return values_indices(in, "nanmedian", nanmedian(t, to_int(in, *dim), keepdim));
  };
  m["logcumsumexp"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "logcumsumexp", a, k);
    Tensor t = self_of(r);
    const int64_t dim = to_int(in, r.required(1, "dim"));
    r.done();
    return in.wrap(logcumsumexp(t, dim));
  };
  m["mode"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "mode", a, k);
    Tensor t = self_of(r);
    int64_t dim = dim_arg(in, r.get(1, "dim"), -1);
    bool keepdim = flag(in, r.get(2, "keepdim"), false);
    r.done();
    return values_indices(in, "mode", mode(t, dim, keepdim));
  };
  for (const bool consecutive : {false, true}) {
  const char* uname = consecutive ? "unique_consecutive" : "unique";
  m[uname] = [uname, consecutive](Interpreter& in, Args& a, Kwargs& k) -> Value {
    ArgReader r(in, uname, a, k);
    Tensor t = self_of(r);
    const size_t first = consecutive ? 1 : 2;  // unique(input, sorted, return_inverse, ...)
    if (!consecutive) r.get(1, "sorted");
    bool inverse = flag(in, r.get(first, "return_inverse"), false);
    bool counts = flag(in, r.get(first + 1, "return_counts"), false);
    auto dim = r.get(first + 2, "dim");
    r.done();
    if (consecutive && dim && !dim->is_none()) in.raise("NotImplementedError", "torch.unique_consecutive with dim= is not supported in the playground");
    UniqueResult u = dim && !dim->is_none() ? unique_dim(t, to_int(in, *dim)) : unique(t, consecutive);
    if (!inverse && !counts) return in.wrap(u.values);
    std::vector<Value> out{in.wrap(u.values)};
    if (inverse) out.push_back(in.wrap(u.inverse));
    if (counts) out.push_back(in.wrap(u.counts));
    return make_tuple(std::move(out));
  };
  }
  m["gather"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "gather", a, k);
    Tensor t = self_of(r);
    const int64_t dim = to_int(in, r.required(1, "dim"));
    Tensor index = in.to_tensor(r.required(2, "index"), "index");
    r.keyword("sparse_grad");
    r.done();
    return in.wrap(gather(t, dim, index));
  };
  m["scatter"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "scatter", a, k);
    Tensor t = self_of(r);
    const int64_t dim = to_int(in, r.required(1, "dim"));
    Tensor index = in.to_tensor(r.required(2, "index"), "index");
    auto src = r.get(3, "src");
    if (!src) src = r.keyword("value");
    auto reduce = r.keyword("reduce");
    r.done();
    if (!src) in.raise("TypeError", "scatter() missing 1 required positional arguments: \"src\"");
    const std::string red = reduce && !reduce->is_none() ? in.str(*reduce) : "";
    if (auto* s = src->as<TensorObj>()) return in.wrap(scatter(t, dim, index, s->tensor, red));
    return in.wrap(scatter(t, dim, index, to_float(in, *src), red));
  };
  m["scatter_add"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "scatter_add", a, k);
    Tensor t = self_of(r);
    const int64_t dim = to_int(in, r.required(1, "dim"));
    Tensor index = in.to_tensor(r.required(2, "index"), "index");
    Tensor src = in.to_tensor(r.required(3, "src"), "src");
    r.done();
    return in.wrap(scatter_add(t, dim, index, src));
  };
  m["flip"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "flip", a, k);
    Tensor t = self_of(r);
    Shape dims;
    if (r.positional_count() > 2) {  // x.flip(0, 1)
      for (size_t i = 1; i < r.positional_count(); ++i) dims.push_back(to_int(in, r.positional()[i]));
    } else {
      dims = *dims_arg(in, r.required(1, "dims"));
    }
    r.done();
    return in.wrap(flip(t, dims));
  };
  m["fliplr"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "fliplr", a, k);
    Tensor t = self_of(r);
    r.done();
    if (t.dim() < 2) in.raise("RuntimeError", "Input must be >= 2-d.");
    return in.wrap(flip(t, {1}));
  };
  m["flipud"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "flipud", a, k);
    Tensor t = self_of(r);
    r.done();
    if (t.dim() < 1) in.raise("RuntimeError", "Input must be >= 1-d.");
    return in.wrap(flip(t, {0}));
  };
}

}  // namespace ag::interp
