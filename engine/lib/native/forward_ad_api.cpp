// The native half of torch.autograd.forward_ad (whose Python half, like PyTorch's, is
// engine/lib/python/torch/autograd/forward_ad.py): entering and leaving the dual level, and
// making and unpacking dual tensors.
#include "autograd/forward_ad.h"
#include "lib/native/tensor_api.h"
#include "python/args.h"

namespace ag::interp {

namespace {

int64_t level_of(Interpreter& in, ArgReader& r) {
  auto level = r.keyword("level");
  return level && !level->is_none() ? to_int(in, *level) : 0;
}

}  // namespace

void add_forward_ad_functions(AttrMap& torch) {
  torch["_enter_dual_level"] = make_native("_enter_dual_level", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader(in, "_enter_dual_level", a, k).done();
    return Value::integer(forward_ad::enter_level());
  });
  torch["_exit_dual_level"] = make_native("_exit_dual_level", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "_exit_dual_level", a, k);
    const int64_t level = level_of(in, r);
    r.done();
    forward_ad::exit_level(level);
    return none();
  });
  torch["_make_dual"] = make_native("_make_dual", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "_make_dual", a, k);
    Tensor primal = in.to_tensor(r.required(0, "primal"), "primal");
    Tensor tangent = in.to_tensor(r.required(1, "tangent"), "tangent");
    const int64_t level = level_of(in, r);
    r.done();
    return in.wrap(forward_ad::make_dual(primal, tangent, level));
  });
  torch["_unpack_dual"] = make_native("_unpack_dual", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "_unpack_dual", a, k);
    Tensor t = in.to_tensor(r.required(0, "tensor"), "tensor");
    const int64_t level = level_of(in, r);
    r.done();
    auto [primal, tangent] = forward_ad::unpack_dual(t, level);
    return make_tuple({in.wrap(primal), tangent.defined() ? in.wrap(tangent) : none()});
  });
}

}  // namespace ag::interp
