#include "python/args.h"

#include <cmath>

namespace ag::interp {

std::optional<Value> ArgReader::get(size_t pos, const char* name) {
  if (pos != SIZE_MAX && pos < args_.size()) return args_[pos];
  for (size_t i = 0; i < kwargs_.size(); ++i) {
    if (kwargs_[i].first == name) {
      used_[i] = true;
      return kwargs_[i].second;
    }
  }
  return std::nullopt;
}

Value ArgReader::required(size_t pos, const char* name) {
  auto v = get(pos, name);
  if (!v) {
    if (torch_style_) in_.raise("TypeError", fname_ + "() missing 1 required positional arguments: \"" + name + "\"");
    in_.raise("TypeError", fname_ + "() missing 1 required positional argument: '" + name + "'");
  }
  return *v;
}

std::optional<double> ArgReader::optional_float(size_t pos, const char* name) {
  auto v = get(pos, name);
  if (!v || v->is_none()) return std::nullopt;
  if (!v->is_number() && !v->as<TensorObj>()) {
    in_.raise("TypeError", fname_ + "(): argument '" + name + "' must be float, not " + in_.type_of(*v)->name);
  }
  return to_float(in_, *v);
}

void ArgReader::done() {
  for (size_t i = 0; i < kwargs_.size(); ++i) {
    if (!used_[i]) in_.raise("TypeError", fname_ + "() got an unexpected keyword argument '" + kwargs_[i].first + "'");
  }
}

int64_t to_int(Interpreter& in, const Value& v, const char* what) {
  if (v.is_int() || v.is_bool()) return v.as_int();
  if (auto* t = v.as<TensorObj>()) {
    if (t->tensor.numel() == 1 && !is_floating(t->tensor.dtype())) return t->tensor.item().to_int();
  }
  if (auto* inst = v.as<InstanceObj>()) {  // numpy's integer scalars, user classes
    if (const Value* m = inst->klass->lookup("__index__")) {
      Value r = in.call(*m, {v});
      if (r.is_int() || r.is_bool()) return r.as_int();
    }
  }
  in.raise("TypeError", std::string("'") + in.type_of(v)->name + "' object cannot be interpreted as " + what);
}

double to_float(Interpreter& in, const Value& v) {
  if (v.is_number()) return v.as_float();
  if (auto* t = v.as<TensorObj>()) {
    if (t->tensor.numel() == 1) return t->tensor.item().to_double();
  }
  if (auto* inst = v.as<InstanceObj>()) {  // numpy's scalars, user classes
    if (const Value* m = inst->klass->lookup("__float__")) {
      Value r = in.call(*m, {v});
      if (r.is_number()) return r.as_float();
    }
  }
  in.raise("TypeError", "must be real number, not " + in.type_of(v)->name);
}

int64_t int_from_float(Interpreter& in, double d) {
  if (std::isnan(d)) in.raise("ValueError", "cannot convert float NaN to integer");
  if (std::isinf(d)) in.raise("OverflowError", "cannot convert float infinity to integer");
  if (!fits_int64(d)) {
    in.raise("OverflowError", "int too large: the playground's integers are 64-bit");
  }
  return static_cast<int64_t>(d);
}

Scalar to_scalar(Interpreter& in, const Value& v) {
  if (v.is_bool()) return Scalar(v.as_bool());
  if (v.is_int()) return Scalar(v.as_int());
  if (v.is_float()) return Scalar(v.as_float());
  if (auto* t = v.as<TensorObj>()) {
    if (t->tensor.numel() == 1) return t->tensor.item();
  }
  in.raise("TypeError", "expected a number, got " + in.type_of(v)->name);
}

DType to_dtype(Interpreter& in, const Value& v) {
  if (auto* d = v.as<DtypeObj>()) return d->dtype;
  const BuiltinTypes& t = builtin_types();
  if (auto* c = v.as<ClassObj>()) {
    if (c == t.float_.get()) return DType::Float64;
    if (c == t.int_.get()) return DType::Int64;
    if (c == t.bool_.get()) return DType::Bool;
  }
  in.raise("TypeError", "dtype must be torch.dtype, not " + in.type_of(v)->name);
}

std::optional<DType> optional_dtype(Interpreter& in, const std::optional<Value>& v) {
  if (!v || v->is_none()) return std::nullopt;
  return to_dtype(in, *v);
}

Shape to_shape(Interpreter& in, const Value& v) {
  Shape s;
  if (v.is_int() || v.is_bool()) {
    s.push_back(v.as_int());
    return s;
  }
  for (const Value& item : in.iterate(v)) s.push_back(to_int(in, item));
  return s;
}

Shape shape_from(Interpreter& in, const Args& args, size_t first, const char* fname) {
  if (args.size() == first + 1 && !args[first].is_int() && !args[first].is_bool()) return to_shape(in, args[first]);
  Shape s;
  for (size_t i = first; i < args.size(); ++i) {
    if (!args[i].is_int() && !args[i].is_bool()) {
      in.raise("TypeError", std::string(fname) + "(): argument 'size' must be tuple of ints, but found element of type " +
                                in.type_of(args[i])->name + " at pos " + std::to_string(i - first));
    }
    s.push_back(args[i].as_int());
  }
  return s;
}

Value make_size(const Shape& shape) {
  std::vector<Value> items;
  for (int64_t d : shape) items.push_back(Value::integer(d));
  auto t = std::make_shared<TupleObj>(std::move(items), builtin_types().size.get());
  return Value(t);
}

Value scalar_value(const Scalar& s) {
  if (s.is_bool()) return Value::boolean(s.i != 0);
  if (s.is_int()) return Value::integer(s.i);
  return Value::number(s.f);
}

Value tensor_tolist(const Tensor& t) {
  if (t.dim() == 0) return scalar_value(t.item());
  std::vector<Value> items;
  for (int64_t i = 0; i < t.size(0); ++i) items.push_back(tensor_tolist(select(t.detach(), 0, i)));
  return make_list(std::move(items));
}

}  // namespace ag::interp
