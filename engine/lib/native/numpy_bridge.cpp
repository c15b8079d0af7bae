#include "lib/native/numpy_bridge.h"

namespace ag::interp {

std::optional<Tensor> ndarray_tensor(Interpreter& in, const Value& v, bool scalars_too) {
  if (!v.as<InstanceObj>()) return std::nullopt;
  auto it = in.modules().find("numpy._ndarray");
  if (it == in.modules().end()) return std::nullopt;
  auto is = [&](const char* name) {
    auto* cls = in.get_attr(it->second, name).as<ClassObj>();
    return cls && in.is_instance(v, cls);
  };
  if (!is("ndarray") && !(scalars_too && is("generic"))) return std::nullopt;
  return in.to_tensor(in.get_attr(v, "_t"));
}

Value tensor_to_ndarray(Interpreter& in, const Tensor& t) {
  in.import_module("numpy", in.current_line());
  Value wrap = in.get_attr(in.modules().at("numpy._ndarray"), "_wrap");
  return in.call(wrap, {in.wrap(t.detach())});
}

}  // namespace ag::interp
