// torch functions that are not tensor methods: cdist, block_diag, searchsorted, bucketize,
// logspace, and the dtype helpers result_type, can_cast and promote_types.
#include "lib/native/tensor_api.h"
#include "autograd/derivatives.h"
#include "ops/kernels.h"
#include "ops/ops.h"
#include "python/args.h"

namespace ag::interp {

namespace {

int cdist_mode(Interpreter& in, const std::optional<Value>& v) {
  if (!v || v->is_none()) return 0;
  const std::string mode = in.str(*v);
  if (mode == "use_mm_for_euclid_dist_if_necessary") return 0;
  if (mode == "use_mm_for_euclid_dist") return 1;
  if (mode == "donot_use_mm_for_euclid_dist") return 2;
  in.raise("ValueError", mode + " is not a valid value for compute_mode");
}

// A dtype argument of the dtype helpers, in their parser's words when it is something else.
DType dtype_argument(Interpreter& in, const char* fn, const char* name, int position, const Value& v) {
  if (auto* d = v.as<DtypeObj>()) return d->dtype;
  in.raise("TypeError", std::string(fn) + "(): argument '" + name + "' (position " + std::to_string(position) +
                            ") must be torch.dtype, not " + in.type_of(v)->name);
}

// The category order PyTorch's can_cast uses: a cast may not go down bool < integer < floating.
int category(DType d) { return d == DType::Bool ? 0 : is_floating(d) ? 2 : 1; }

// searchsorted's side= / right= pair, with ATen's checks.
bool right_side(Interpreter& in, const std::optional<Value>& right, const std::optional<Value>& side) {
  const bool r = right && in.truthy(*right);
  if (!side || side->is_none()) return r;
  const std::string s = in.str(*side);
  if (s != "left" && s != "right") {
    in.raise("RuntimeError", "torch.searchsorted(): side can only be 'left' or 'right' but got " + s);
  }
  if (r && s == "left") {
    in.raise("RuntimeError", "torch.searchsorted(): side and right can't be set to opposites, got side of left while right was True");
  }
  return r || s == "right";
}

void refuse_int32(Interpreter& in, const std::optional<Value>& out_int32) {
  if (out_int32 && in.truthy(*out_int32)) {
    in.raise("NotImplementedError", "out_int32=True needs torch.int32, which the playground does not have yet");
  }
}

}  // namespace

void add_torch_functions(AttrMap& t) {
  // x.squeeze_(dim), x.unsqueeze_(dim) and x.transpose_(a, b) as ATen records them, for the
  // composites of torch/_refs.py (as new views: the playground's tensors keep their shape).
  t["_squeeze_inplace"] = make_native("_squeeze_inplace", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(squeeze_as(in.to_tensor(a.at(0)), to_int(in, a.at(1)), Op::SqueezeDimInplace));
  });
  t["_unsqueeze_inplace"] = make_native("_unsqueeze_inplace", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(unsqueeze_as(in.to_tensor(a.at(0)), to_int(in, a.at(1)), Op::UnsqueezeInplace));
  });
  t["_transpose_inplace"] = make_native("_transpose_inplace", [](Interpreter& in, Args& a, Kwargs&) {
    return in.wrap(transpose_as(in.to_tensor(a.at(0)), to_int(in, a.at(1)), to_int(in, a.at(2)), Op::TransposeInplace));
  });
  // at::infer_size: the broadcast of two shapes, with the broadcast error of tensors.
  t["_infer_size"] = make_native("_infer_size", [](Interpreter& in, Args& a, Kwargs&) {
    return make_size(kernels::broadcast_shapes(to_shape(in, a.at(0)), to_shape(in, a.at(1))));
  });
  t["cdist"] = make_native("cdist", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "cdist", a, k);
    Tensor x1 = in.to_tensor(r.required(0, "x1"));
    Tensor x2 = in.to_tensor(r.required(1, "x2"));
    auto p = r.get(2, "p");
    auto mode = r.get(3, "compute_mode");
    r.done();
    return in.wrap(cdist(x1, x2, p ? to_float(in, *p) : 2.0, cdist_mode(in, mode)));
  });
  t["block_diag"] = make_native("block_diag", [](Interpreter& in, Args& a, Kwargs& k) {
    std::vector<Tensor> ts;
    for (const Value& v : a) ts.push_back(in.to_tensor(v, "expected Tensor as element"));
    for (auto& [key, value] : k) in.raise("TypeError", "block_diag() got an unexpected keyword argument '" + key + "'");
    return in.wrap(block_diag(ts));
  });
  t["searchsorted"] = make_native("searchsorted", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "searchsorted", a, k);
    Tensor seq = in.to_tensor(r.required(0, "sorted_sequence"));
    Tensor values = other_tensor(in, r.required(1, "input"));
    auto out_int32 = r.keyword("out_int32");
    const bool right = right_side(in, r.keyword("right"), r.keyword("side"));
    auto sorter = r.keyword("sorter");
    r.done();
    refuse_int32(in, out_int32);
    Tensor order = sorter && !sorter->is_none() ? in.to_tensor(*sorter) : Tensor();
    return in.wrap(searchsorted(seq, values, right, order));
  });
  t["bucketize"] = make_native("bucketize", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "bucketize", a, k);
    Tensor values = other_tensor(in, r.required(0, "input"));
    Tensor boundaries = in.to_tensor(r.required(1, "boundaries"));
    auto out_int32 = r.keyword("out_int32");
    auto right = r.keyword("right");
    r.done();
    refuse_int32(in, out_int32);
    if (boundaries.dim() != 1) {
      in.raise("RuntimeError", "boundaries tensor must be 1 dimension, but got dim(" + std::to_string(boundaries.dim()) + ")");
    }
    return in.wrap(searchsorted(boundaries, values, right && in.truthy(*right)));
  });
  t["logspace"] = make_native("logspace", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "logspace", a, k);
    const double start = to_float(in, r.required(0, "start"));
    const double end = to_float(in, r.required(1, "end"));
    const int64_t steps = to_int(in, r.required(2, "steps"));
    auto base = r.get(3, "base");
    auto dtype = optional_dtype(in, r.keyword("dtype"));
    auto requires_grad = r.keyword("requires_grad");
    r.keyword("device");
    r.keyword("layout");
    r.done();
    Tensor out = logspace(start, end, steps, base ? to_float(in, *base) : 10.0, dtype.value_or(default_float_dtype()));
    if (requires_grad && in.truthy(*requires_grad)) out.set_requires_grad(true);
    return in.wrap(out);
  });
  t["result_type"] = make_native("result_type", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "result_type", a, k);
    Tensor x = other_tensor(in, r.required(0, "tensor"));
    Tensor y = other_tensor(in, r.required(1, "other"));
    r.done();
    return in.dtype_value(result_type(x, y));
  });
  t["promote_types"] = make_native("promote_types", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "promote_types", a, k);
    const DType d1 = dtype_argument(in, "promote_types", "type1", 1, r.required(0, "type1"));
    const DType d2 = dtype_argument(in, "promote_types", "type2", 2, r.required(1, "type2"));
    r.done();
    return in.dtype_value(promote_types(d1, d2));
  });
  t["can_cast"] = make_native("can_cast", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "can_cast", a, k);
    const DType from = dtype_argument(in, "can_cast", "from", 1, r.required(0, "from"));
    const DType to = dtype_argument(in, "can_cast", "to", 2, r.required(1, "to"));
    r.done();
    return Value::boolean(category(from) <= category(to));
  });
}

}  // namespace ag::interp
