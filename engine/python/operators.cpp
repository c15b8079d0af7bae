// Python's operators and truthiness, including their tensor forms (arithmetic with Python
// scalars on either side, in-place augmented assignment, indexing). Iteration: iteration.cpp.
#include <climits>
#include <cmath>
#include <string>

#include "lib/native/autograd_function.h"
#include "python/args.h"
#include "python/interpreter.h"
#include "lib/native/tensor_index.h"

namespace ag::interp {

namespace {

// `op` equals the operator literal: the length first, then a comparison the compiler inlines
// (operator== on std::string calls strlen and memcmp, which showed up as a fifth of a pure-Python
// loop's time).
template <size_t N>
inline bool is_op(const std::string& op, const char (&literal)[N]) {
  if (op.size() != N - 1) return false;
  for (size_t i = 0; i + 1 < N; ++i) {
    if (op[i] != literal[i]) return false;
  }
  return true;
}

// `"x" * 10**10` or `[0] * 10**10`: CPython answers MemoryError once the allocation fails; we
// refuse up front, under the same cap as tensors, instead of letting the host run dry.
size_t repeated_size(Interpreter& in, size_t count, size_t unit_bytes, int64_t times) {
  if (times <= 0 || count == 0) return 0;
  const double bytes = static_cast<double>(count) * static_cast<double>(unit_bytes ? unit_bytes : 1) * static_cast<double>(times);
  if (bytes > static_cast<double>(memory_limit())) in.raise("MemoryError", "");
  return count * static_cast<size_t>(times);
}

const BuiltinTypes& T() { return builtin_types(); }

Scalar to_scalar(const Value& v) {
  if (v.is_bool()) return Scalar(v.as_bool());
  if (v.is_int()) return Scalar(v.as_int());
  return Scalar(v.as_float());
}

bool is_tensor(const Value& v) { return v.as<TensorObj>() != nullptr; }

std::string op_name_for_error(const std::string& op) { return op; }

// Python's floor division and modulo on ints.
int64_t floordiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}
int64_t pymod(int64_t a, int64_t b) {
  int64_t m = a % b;
  if (m != 0 && ((b < 0) != (m < 0))) m += b;
  return m;
}

}  // namespace

ClassObj* Interpreter::type_of(const Value& v) {
  switch (v.tag()) {
    case Value::Tag::None: return T().none_type.get();
    case Value::Tag::Bool: return T().bool_.get();
    case Value::Tag::Int: return T().int_.get();
    case Value::Tag::Float: return T().float_.get();
    case Value::Tag::Obj: return v.obj()->cls();
  }
  return T().object.get();
}

bool Interpreter::is_instance(const Value& v, const ClassObj* cls) { return type_of(v)->is_subclass_of(cls); }

Value Interpreter::wrap_as(const Tensor& t, ClassObj* klass) {
  auto obj = std::make_shared<TensorObj>(t, klass);
  tensor_objects_[t.impl()] = obj;
  return Value(obj);
}

Value Interpreter::wrap(const Tensor& t) {
  if (!t.defined()) return none();
  auto it = tensor_objects_.find(t.impl());
  if (it != tensor_objects_.end()) {
    if (auto existing = it->second.lock()) {
      if (existing->tensor.impl_ptr() == t.impl_ptr()) return Value(existing);
    }
  }
  auto obj = std::make_shared<TensorObj>(t);
  tensor_objects_[t.impl()] = obj;
  if (tensor_objects_.size() > 4096) {  // drop dead entries now and then
    for (auto i = tensor_objects_.begin(); i != tensor_objects_.end();) {
      i = i->second.expired() ? tensor_objects_.erase(i) : std::next(i);
    }
  }
  return Value(obj);
}

Value Interpreter::wrap_node(const std::shared_ptr<Node>& n) {
  if (!n) return none();
  auto it = node_objects_.find(n.get());
  if (it != node_objects_.end()) {
    if (auto existing = it->second.lock()) {
      if (existing->node == n) return Value(existing);
    }
  }
  ClassRef& cls = node_classes_[n->name()];
  if (!cls) {
    cls = std::make_shared<ClassObj>();
    cls->name = n->name();
    cls->module = is_python_function_node(*n) ? "torch.autograd.function" : "builtins";
    cls->metaclass = T().type.get();
    cls->bases = {T().node};
  }
  auto obj = std::make_shared<NodeObj>(n, cls);
  node_objects_[n.get()] = obj;
  if (node_objects_.size() > 4096) {
    for (auto i = node_objects_.begin(); i != node_objects_.end();) {
      i = i->second.expired() ? node_objects_.erase(i) : std::next(i);
    }
  }
  return Value(obj);
}

Tensor Interpreter::to_tensor(const Value& v, const char* what) {
  if (auto* t = v.as<TensorObj>()) return t->tensor;
  raise(T().type_error, std::string(what) + " must be Tensor, not " + type_of(v)->name);
}

// ---- truthiness and iteration ---------------------------------------------------------------

bool Interpreter::truthy(const Value& v) {
  switch (v.tag()) {
    case Value::Tag::None: return false;
    case Value::Tag::Bool:
    case Value::Tag::Int: return v.as_int() != 0;
    case Value::Tag::Float: return v.as_float() != 0.0;
    case Value::Tag::Obj: break;
  }
  if (auto* s = v.as<StrObj>()) return !s->value.empty();
  if (auto* l = v.as<ListObj>()) return !l->items.empty();
  if (auto* t = v.as<TupleObj>()) return !t->items.empty();
  if (auto* d = v.as<DictObj>()) return !d->items.empty();
  if (auto* s = v.as<SetObj>()) return !s->items.empty();
  if (auto* r = v.as<RangeObj>()) return r->length() > 0;
  if (auto* t = v.as<TensorObj>()) {
    const int64_t n = t->tensor.numel();
    if (n == 0) raise(T().runtime_error, "Boolean value of Tensor with no values is ambiguous");
    if (n > 1) raise(T().runtime_error, "Boolean value of Tensor with more than one value is ambiguous");
    return t->tensor.flat_get(0) != 0.0;
  }
  if (auto* inst = v.as<InstanceObj>()) {
    if (const Value* b = inst->klass->lookup("__bool__")) return truthy(call(*b, {v}));
    if (const Value* l = inst->klass->lookup("__len__")) return call(*l, {v}).as_int() != 0;
  }
  return true;
}

void Interpreter::check_hashable(const Value& v) {
  bool unhashable = v.as<ListObj>() || v.as<DictObj>() || v.as<SetObj>();
  if (auto* inst = v.as<InstanceObj>(); inst && !unhashable) {
    for (ClassObj* c : inst->klass->mro()) {
      if (c->attrs.count("__hash__")) {
        unhashable = c->attrs.at("__hash__").is_none();
        break;
      }
      if (c->attrs.count("__eq__")) {
        unhashable = true;
        break;
      }
    }
  }
  if (unhashable) raise(T().type_error, "unhashable type: '" + type_of(v)->name + "'");
}

// ---- arithmetic ---------------------------------------------------------------------------

namespace {

Value number_result(double d) { return Value::number(d); }

}  // namespace

Value Interpreter::binary(const std::string& op, const Value& a, const Value& b) {
  // Tensors first: a Python scalar on either side is wrapped, as PyTorch does.
  if (is_tensor(a) || is_tensor(b)) {
    const bool a_t = is_tensor(a), b_t = is_tensor(b);
    if ((a_t || a.is_number()) && (b_t || b.is_number())) {
      if (a_t && b_t) {
        const Tensor& x = a.as<TensorObj>()->tensor;
        const Tensor& y = b.as<TensorObj>()->tensor;
        if (is_op(op, "+")) return wrap(add(x, y));
        if (is_op(op, "-")) return wrap(sub(x, y));
        if (is_op(op, "*")) return wrap(mul(x, y));
        if (is_op(op, "/")) return wrap(div(x, y));
        if (is_op(op, "**")) return wrap(pow(x, y));
        if (is_op(op, "@")) return wrap(matmul(x, y));
        if (is_op(op, "//")) return wrap(floor_divide(x, y));
        if (is_op(op, "%")) return wrap(remainder(x, y));
      }
      // & | ^ << >>: bitwise on integer and bool tensors (a Python number on either side wrapped).
      static const std::unordered_map<std::string, BitwiseOp> kBitwise = {
          {"&", BitwiseOp::And}, {"|", BitwiseOp::Or}, {"^", BitwiseOp::Xor},
          {"<<", BitwiseOp::LeftShift}, {">>", BitwiseOp::RightShift}};
      if (auto bit = kBitwise.find(op); bit != kBitwise.end()) {
        const Tensor x = a_t ? a.as<TensorObj>()->tensor : Tensor::wrap_scalar(to_scalar(a));
        const Tensor y = b_t ? b.as<TensorObj>()->tensor : Tensor::wrap_scalar(to_scalar(b));
        return wrap(bitwise(x, y, bit->second));
      }
      if (a_t && b_t) {
      } else if (a_t) {
        const Tensor& x = a.as<TensorObj>()->tensor;
        const Scalar s = to_scalar(b);
        if (is_op(op, "+")) return wrap(add(x, s));
        if (is_op(op, "-")) return wrap(sub(x, s));
        if (is_op(op, "*")) return wrap(mul(x, s));
        if (is_op(op, "/")) return wrap(div(x, s));
        if (is_op(op, "**")) return wrap(pow(x, s));
        if (is_op(op, "//")) return wrap(floor_divide(x, Tensor::wrap_scalar(s)));
        if (is_op(op, "%")) return wrap(remainder(x, Tensor::wrap_scalar(s)));
      } else {
        const Tensor& y = b.as<TensorObj>()->tensor;
        const Scalar s = to_scalar(a);
        if (is_op(op, "+")) return wrap(add(y, s));
        if (is_op(op, "-")) return wrap(rsub(y, s));
        if (is_op(op, "*")) return wrap(mul(y, s));
        if (is_op(op, "/")) return wrap(rdiv(y, s));
        if (is_op(op, "**")) return wrap(pow(Tensor::wrap_scalar(s), y));
        if (is_op(op, "//")) return wrap(floor_divide(Tensor::wrap_scalar(s), y));
        if (is_op(op, "%")) return wrap(remainder(Tensor::wrap_scalar(s), y));
      }
    }
  }
  // Python numbers.
  if (a.is_number() && b.is_number()) {
    const bool ints = !a.is_float() && !b.is_float();
    if (ints) {
      const int64_t x = a.as_int(), y = b.as_int();
      int64_t r = 0;
      if (is_op(op, "+")) {
        if (__builtin_add_overflow(x, y, &r)) raise(T().overflow_error, "integer overflow: the playground's integers are 64-bit");
        return Value::integer(r);
      }
      if (is_op(op, "-")) {
        if (__builtin_sub_overflow(x, y, &r)) raise(T().overflow_error, "integer overflow: the playground's integers are 64-bit");
        return Value::integer(r);
      }
      if (is_op(op, "*")) {
        if (__builtin_mul_overflow(x, y, &r)) raise(T().overflow_error, "integer overflow: the playground's integers are 64-bit");
        return Value::integer(r);
      }
      if (is_op(op, "/")) {
        if (y == 0) raise(T().zero_division_error, "division by zero");
        return number_result(static_cast<double>(x) / static_cast<double>(y));
      }
      if (is_op(op, "//")) {
        if (y == 0) raise(T().zero_division_error, "integer division or modulo by zero");
        if (x == INT64_MIN && y == -1) raise(T().overflow_error, "integer overflow: the playground's integers are 64-bit");
        return Value::integer(floordiv(x, y));
      }
      if (is_op(op, "%")) {
        if (y == 0) raise(T().zero_division_error, "integer modulo by zero");
        if (y == -1) return Value::integer(0);  // also INT64_MIN % -1, which C++ leaves undefined
        return Value::integer(pymod(x, y));
      }
      if (is_op(op, "**")) {
        if (y < 0) {
          if (x == 0) raise(T().zero_division_error, "0.0 cannot be raised to a negative power");
          return number_result(std::pow(static_cast<double>(x), static_cast<double>(y)));
        }
        int64_t result = 1, base = x, e = y;
        while (e) {
          if (e & 1) {
            if (__builtin_mul_overflow(result, base, &result)) raise(T().overflow_error, "integer overflow: the playground's integers are 64-bit");
          }
          e >>= 1;
          if (e && __builtin_mul_overflow(base, base, &base)) raise(T().overflow_error, "integer overflow: the playground's integers are 64-bit");
        }
        return Value::integer(result);
      }
      if (is_op(op, "&")) return a.is_bool() && b.is_bool() ? Value::boolean(x & y) : Value::integer(x & y);
      if (is_op(op, "|")) return a.is_bool() && b.is_bool() ? Value::boolean(x | y) : Value::integer(x | y);
      if (is_op(op, "^")) return a.is_bool() && b.is_bool() ? Value::boolean(x ^ y) : Value::integer(x ^ y);
      if (is_op(op, "<<") || is_op(op, ">>")) {
        if (y < 0) raise(T().value_error, "negative shift count");
        if (is_op(op, ">>")) return Value::integer(y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
        int64_t r = 0;
        if (x != 0 && (y >= 63 || __builtin_mul_overflow(x, int64_t{1} << y, &r))) {
          raise(T().overflow_error, "integer overflow: the playground's integers are 64-bit");
        }
        return Value::integer(r);
      }
    } else {
      const double x = a.as_float(), y = b.as_float();
      if (is_op(op, "+")) return number_result(x + y);
      if (is_op(op, "-")) return number_result(x - y);
      if (is_op(op, "*")) return number_result(x * y);
      if (is_op(op, "/")) {
        if (y == 0) raise(T().zero_division_error, "float division by zero");
        return number_result(x / y);
      }
      if (is_op(op, "//")) {
        if (y == 0) raise(T().zero_division_error, "float floor division by zero");
        return number_result(std::floor(x / y));
      }
      if (is_op(op, "%")) {
        if (y == 0) raise(T().zero_division_error, "float modulo");
        double m = std::fmod(x, y);
        if (m != 0 && ((y < 0) != (m < 0))) m += y;
        if (m == 0) m = std::copysign(0.0, y);
        return number_result(m);
      }
      if (is_op(op, "**")) {
        if (x == 0 && y < 0) raise(T().zero_division_error, "0.0 cannot be raised to a negative power");
        if (x < 0 && y != std::floor(y)) raise(T().value_error, "complex results are not supported in the playground");
        return number_result(std::pow(x, y));
      }
    }
  }
  // Sequences and strings.
  auto* sa = a.as<StrObj>();
  if (sa) {
    if (is_op(op, "+")) {
      if (auto* sb = b.as<StrObj>()) return make_str(sa->value + sb->value);
      raise(T().type_error, "can only concatenate str (not \"" + type_of(b)->name + "\") to str");
    }
    if (is_op(op, "*") && (b.is_int() || b.is_bool())) {
      std::string r;
      r.reserve(repeated_size(*this, sa->value.size(), 1, b.as_int()));
      for (int64_t i = 0; i < b.as_int(); ++i) r += sa->value;
      return make_str(r);
    }
    if (is_op(op, "%")) return make_str(percent_format(sa->value, b));
  }
  if (is_op(op, "*") && a.is_int() && b.as<StrObj>()) return binary(op, b, a);
  if (auto* la = a.as<ListObj>()) {
    if (is_op(op, "+")) {
      if (auto* lb = b.as<ListObj>()) {
        std::vector<Value> r = la->items;
        r.insert(r.end(), lb->items.begin(), lb->items.end());
        return make_list(std::move(r));
      }
      raise(T().type_error, "can only concatenate list (not \"" + type_of(b)->name + "\") to list");
    }
    if (is_op(op, "*") && (b.is_int() || b.is_bool())) {
      std::vector<Value> r;
      r.reserve(repeated_size(*this, la->items.size(), sizeof(Value), b.as_int()));
      for (int64_t i = 0; i < b.as_int(); ++i) r.insert(r.end(), la->items.begin(), la->items.end());
      return make_list(std::move(r));
    }
  }
  if (is_op(op, "*") && (a.is_int() || a.is_bool()) && (b.as<ListObj>() || b.as<TupleObj>())) return binary(op, b, a);
  if (auto* ta = a.as<TupleObj>()) {
    if (is_op(op, "+")) {
      if (auto* tb = b.as<TupleObj>()) {
        std::vector<Value> r = ta->items;
        r.insert(r.end(), tb->items.begin(), tb->items.end());
        return make_tuple(std::move(r));
      }
      raise(T().type_error, "can only concatenate tuple (not \"" + type_of(b)->name + "\") to tuple");
    }
    if (is_op(op, "*") && (b.is_int() || b.is_bool())) {
      std::vector<Value> r;
      r.reserve(repeated_size(*this, ta->items.size(), sizeof(Value), b.as_int()));
      for (int64_t i = 0; i < b.as_int(); ++i) r.insert(r.end(), ta->items.begin(), ta->items.end());
      return make_tuple(std::move(r));
    }
  }
  // Sets: | & - ^ keep the left operand's order, then the right's new items.
  if (auto* sa = a.as<SetObj>()) {
    if (auto* sb = b.as<SetObj>(); sb && (is_op(op, "|") || is_op(op, "&") || is_op(op, "-") || is_op(op, "^"))) {
      auto in_set = [&](const SetObj& s, const Value& v) {
        return std::any_of(s.items.begin(), s.items.end(), [&](const Value& x) { return equals(x, v); });
      };
      auto out = std::make_shared<SetObj>();
      for (const Value& v : sa->items) {
        const bool in_b = in_set(*sb, v);
        if ((is_op(op, "|")) || (is_op(op, "&") && in_b) || ((is_op(op, "-") || is_op(op, "^")) && !in_b)) out->items.push_back(v);
      }
      if (is_op(op, "|") || is_op(op, "^")) {
        for (const Value& v : sb->items) if (!in_set(*sa, v)) out->items.push_back(v);
      }
      return Value(out);
    }
  }
  if (auto* da = a.as<DictObj>(); da && is_op(op, "|")) {  // dict union (3.9+)
    if (auto* db = b.as<DictObj>()) {
      auto out = std::make_shared<DictObj>(da->klass);
      out->items = da->items;
      Value result(out);
      for (auto& kv : db->items) set_item(result, kv.first, kv.second);
      return result;
    }
  }
  // User classes: __add__ and friends, then the reflected form.
  static const std::unordered_map<std::string, std::pair<const char*, const char*>> kDunder = {
      {"+", {"__add__", "__radd__"}},   {"-", {"__sub__", "__rsub__"}},
      {"*", {"__mul__", "__rmul__"}},   {"/", {"__truediv__", "__rtruediv__"}},
      {"//", {"__floordiv__", "__rfloordiv__"}}, {"%", {"__mod__", "__rmod__"}},
      {"**", {"__pow__", "__rpow__"}},  {"@", {"__matmul__", "__rmatmul__"}},
      {"&", {"__and__", "__rand__"}},   {"|", {"__or__", "__ror__"}},
      {"^", {"__xor__", "__rxor__"}},   {"<<", {"__lshift__", "__rlshift__"}},
      {">>", {"__rshift__", "__rrshift__"}}};
  auto d = kDunder.find(op);
  if (d != kDunder.end()) {
    const Value& refused = not_implemented();
    if (auto* ia = a.as<InstanceObj>()) {
      if (const Value* m = ia->klass->lookup(d->second.first)) {
        Value r = call(*m, {a, b});
        if (r.obj() != refused.obj()) return r;
      }
    }
    if (auto* ib = b.as<InstanceObj>()) {
      if (const Value* m = ib->klass->lookup(d->second.second)) {
        Value r = call(*m, {b, a});
        if (r.obj() != refused.obj()) return r;
      }
    }
  }
  const bool sequence_a = a.as<ListObj>() || a.as<TupleObj>() || a.as<StrObj>();
  const bool sequence_b = b.as<ListObj>() || b.as<TupleObj>() || b.as<StrObj>();
  if (is_op(op, "*") && (sequence_a || sequence_b) && !(sequence_a && sequence_b)) {
    raise(T().type_error, "can't multiply sequence by non-int of type '" + type_of(sequence_a ? b : a)->name + "'");
  }
  raise(T().type_error, "unsupported operand type(s) for " + op_name_for_error(op) + ": '" + type_of(a)->name +
                            "' and '" + type_of(b)->name + "'");
}

Value Interpreter::inplace_binary(const std::string& op, const Value& a, const Value& b) {
  if (auto* t = a.as<TensorObj>()) {
    Tensor other;
    if (auto* tb = b.as<TensorObj>()) other = tb->tensor;
    else if (b.is_number()) other = Tensor::wrap_scalar(to_scalar(b));
    if (other.defined()) {
      if (is_op(op, "+")) { add_(t->tensor, other); return a; }
      if (is_op(op, "-")) { sub_(t->tensor, other); return a; }
      if (is_op(op, "*")) { mul_(t->tensor, other); return a; }
      if (is_op(op, "/")) { div_(t->tensor, other); return a; }
    }
  }
  if (auto* l = a.as<ListObj>()) {
    if (is_op(op, "+")) {
      std::vector<Value> extra = iterate(b);
      l->items.insert(l->items.end(), extra.begin(), extra.end());
      return a;
    }
  }
  if (auto* inst = a.as<InstanceObj>()) {
    static const std::unordered_map<std::string, const char*> kInplace = {
        {"+", "__iadd__"}, {"-", "__isub__"}, {"*", "__imul__"}, {"/", "__itruediv__"},
        {"//", "__ifloordiv__"}, {"%", "__imod__"}, {"**", "__ipow__"}, {"@", "__imatmul__"},
        {"&", "__iand__"}, {"|", "__ior__"}, {"^", "__ixor__"}};
    auto it = kInplace.find(op);
    if (it != kInplace.end()) {
      if (const Value* m = inst->klass->lookup(it->second)) return call(*m, {a, b});
    }
  }
  return binary(op, a, b);
}

Value Interpreter::unary(const std::string& op, const Value& a) {
  if (auto* t = a.as<TensorObj>()) {
    if (is_op(op, "-")) return wrap(neg(t->tensor));
    if (is_op(op, "+")) return a;
    if (is_op(op, "~")) {
      if (is_floating(t->tensor.dtype())) {
        raise(T().type_error, "~ (operator.invert) is only implemented on integer and Boolean-type tensors");
      }
      return wrap(bitwise_not(t->tensor));
    }
  }
  if (a.is_bool() || a.is_int()) {
    if (is_op(op, "-")) {
      if (a.as_int() == INT64_MIN) raise(T().overflow_error, "integer overflow: the playground's integers are 64-bit");
      return Value::integer(-a.as_int());
    }
    if (is_op(op, "+")) return Value::integer(a.as_int());
    if (is_op(op, "~")) return Value::integer(~a.as_int());
  }
  if (a.is_float()) {
    if (is_op(op, "-")) return Value::number(-a.as_float());
    if (is_op(op, "+")) return a;
  }
  if (auto* inst = a.as<InstanceObj>()) {
    if (const Value* m = inst->klass->lookup(is_op(op, "-") ? "__neg__" : is_op(op, "+") ? "__pos__" : "__invert__")) {
      return call(*m, {a});
    }
  }
  raise(T().type_error, "bad operand type for unary " + op + ": '" + type_of(a)->name + "'");
}

// ---- comparison ---------------------------------------------------------------------------

bool Interpreter::equals(const Value& a, const Value& b) {
  if (a.is_number() && b.is_number()) {
    if (!a.is_float() && !b.is_float()) return a.as_int() == b.as_int();
    return a.as_float() == b.as_float();
  }
  if (a.is_none() || b.is_none()) return a.is_none() && b.is_none();
  if (auto* sa = a.as<StrObj>()) {
    auto* sb = b.as<StrObj>();
    return sb && sa->value == sb->value;
  }
  auto seq_equal = [&](const std::vector<Value>& x, const std::vector<Value>& y) {
    if (x.size() != y.size()) return false;
    NestingGuard guard(*this, "in comparison");
    for (size_t i = 0; i < x.size(); ++i) {
      if (x[i].is_obj() && x[i].obj() == y[i].obj()) continue;
      Value tensor_result;
      bool r = compare("==", x[i], y[i], &tensor_result);
      if (!tensor_result.is_none()) r = truthy(tensor_result);
      if (!r) return false;
    }
    return true;
  };
  if (auto* la = a.as<ListObj>()) {
    auto* lb = b.as<ListObj>();
    return lb && seq_equal(la->items, lb->items);
  }
  if (auto* ta = a.as<TupleObj>()) {
    auto* tb = b.as<TupleObj>();
    return tb && seq_equal(ta->items, tb->items);
  }
  if (auto* da = a.as<DictObj>()) {
    auto* db = b.as<DictObj>();
    if (!db || da->items.size() != db->items.size()) return false;
    for (auto& kv : da->items) {
      bool found = false;
      for (auto& kw : db->items) {
        if (equals(kv.first, kw.first)) {
          found = equals(kv.second, kw.second);
          break;
        }
      }
      if (!found) return false;
    }
    return true;
  }
  if (auto* ra = a.as<RangeObj>()) {
    auto* rb = b.as<RangeObj>();
    return rb && ra->start == rb->start && ra->stop == rb->stop && ra->step == rb->step;
  }
  if (auto* ia = a.as<InstanceObj>()) {
    if (const Value* m = ia->klass->lookup("__eq__")) return truthy(call(*m, {a, b}));
  }
  if (a.is_obj() && b.is_obj()) return a.obj() == b.obj();
  return false;
}

bool Interpreter::compare(const std::string& op, const Value& a, const Value& b, Value* tensor_result) {
  if (is_op(op, "is") || is_op(op, "is not")) {
    bool same;
    if (a.is_obj() || b.is_obj()) same = a.is_obj() && b.is_obj() && a.obj() == b.obj();
    else same = a.tag() == b.tag() && (a.is_none() || a.as_int() == b.as_int()) && !a.is_float();
    return is_op(op, "is") ? same : !same;
  }
  if (is_op(op, "in") || is_op(op, "not in")) {
    bool found = false;
    if (auto* s = b.as<StrObj>()) {
      auto* needle = a.as<StrObj>();
      if (!needle) raise(T().type_error, "'in <string>' requires string as left operand, not " + type_of(a)->name);
      found = s->value.find(needle->value) != std::string::npos;
    } else if (auto* d = b.as<DictObj>()) {
      for (auto& kv : d->items) found = found || equals(kv.first, a);
    } else if (auto* t = b.as<TensorObj>()) {
      Tensor eq = is_tensor(a) ? ag::compare(t->tensor, a.as<TensorObj>()->tensor, CompareOp::Eq)
                               : ag::compare(t->tensor, to_scalar(a), CompareOp::Eq);
      found = ag::sum(eq).item().to_int() > 0;
    } else if (auto* r = b.as<RangeObj>()) {
      if (a.is_int() || a.is_bool()) {
        const int64_t x = a.as_int();
        found = r->step > 0 ? (x >= r->start && x < r->stop && (x - r->start) % r->step == 0)
                            : (x <= r->start && x > r->stop && (r->start - x) % (-r->step) == 0);
      }
    } else if (const Value* contains = b.as<InstanceObj>() ? b.as<InstanceObj>()->klass->lookup("__contains__") : nullptr) {
      found = truthy(call(*contains, {b, a}));
    } else {
      for (const Value& item : iterate(b)) {
        if (equals(item, a)) {
          found = true;
          break;
        }
      }
    }
    return is_op(op, "in") ? found : !found;
  }
  // Rich comparison on user classes: the method's result is the comparison's value (an array of
  // bools for numpy's ndarray), then the reflected method of the right operand, as Python does.
  if (a.as<InstanceObj>() || b.as<InstanceObj>()) {
    static const std::unordered_map<std::string, std::pair<const char*, const char*>> kRich = {
        {"==", {"__eq__", "__eq__"}}, {"!=", {"__ne__", "__ne__"}}, {"<", {"__lt__", "__gt__"}},
        {"<=", {"__le__", "__ge__"}}, {">", {"__gt__", "__lt__"}},  {">=", {"__ge__", "__le__"}}};
    const auto& names = kRich.at(op);
    auto attempt = [&](const Value& self, const Value& other, const char* name, Value& result) {
      auto* inst = self.as<InstanceObj>();
      const Value* m = inst ? inst->klass->lookup(name) : nullptr;
      if (!m) return false;
      result = call(*m, {self, other});
      return result.obj() != not_implemented().obj();
    };
    Value r;
    if (attempt(a, b, names.first, r) || attempt(b, a, names.second, r)) {
      if (tensor_result && !r.is_bool()) {  // an array of bools: the caller takes it as the value
        *tensor_result = r;
        return false;
      }
      return truthy(r);
    }
    if (is_op(op, "!=") && attempt(a, b, "__eq__", r)) return !truthy(r);
  }
  if (is_tensor(a) || is_tensor(b)) {
    static const std::unordered_map<std::string, CompareOp> kOps = {
        {"==", CompareOp::Eq}, {"!=", CompareOp::Ne}, {"<", CompareOp::Lt},
        {"<=", CompareOp::Le}, {">", CompareOp::Gt},  {">=", CompareOp::Ge}};
    static const std::unordered_map<std::string, CompareOp> kSwapped = {
        {"==", CompareOp::Eq}, {"!=", CompareOp::Ne}, {"<", CompareOp::Gt},
        {"<=", CompareOp::Ge}, {">", CompareOp::Lt},  {">=", CompareOp::Le}};
    if (is_tensor(a) && is_tensor(b)) {
      *tensor_result = wrap(ag::compare(a.as<TensorObj>()->tensor, b.as<TensorObj>()->tensor, kOps.at(op)));
      return false;
    }
    if (is_tensor(a) && b.is_number()) {
      *tensor_result = wrap(ag::compare(a.as<TensorObj>()->tensor, to_scalar(b), kOps.at(op)));
      return false;
    }
    if (is_tensor(b) && a.is_number()) {
      *tensor_result = wrap(ag::compare(b.as<TensorObj>()->tensor, to_scalar(a), kSwapped.at(op)));
      return false;
    }
    if (is_op(op, "==")) return false;
    if (is_op(op, "!=")) return true;
  }
  if (is_op(op, "==")) return equals(a, b);
  if (is_op(op, "!=")) return !equals(a, b);
  // Ordering
  int c = 0;
  if (a.is_number() && b.is_number()) {
    if (!a.is_float() && !b.is_float()) c = a.as_int() < b.as_int() ? -1 : a.as_int() > b.as_int() ? 1 : 0;
    else {
      const double x = a.as_float(), y = b.as_float();
      if (std::isnan(x) || std::isnan(y)) return false;
      c = x < y ? -1 : x > y ? 1 : 0;
    }
  } else if (a.as<StrObj>() && b.as<StrObj>()) {
    c = a.as<StrObj>()->value.compare(b.as<StrObj>()->value);
    c = c < 0 ? -1 : c > 0 ? 1 : 0;
  } else if ((a.as<ListObj>() && b.as<ListObj>()) || (a.as<TupleObj>() && b.as<TupleObj>())) {
    std::vector<Value> x = iterate(a), y = iterate(b);
    size_t i = 0;
    while (i < x.size() && i < y.size() && equals(x[i], y[i])) ++i;
    if (i < x.size() && i < y.size()) return compare(op, x[i], y[i], tensor_result);
    c = x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
  } else {
    raise(T().type_error, "'" + op + "' not supported between instances of '" + type_of(a)->name + "' and '" +
                              type_of(b)->name + "'");
  }
  if (is_op(op, "<")) return c < 0;
  if (is_op(op, "<=")) return c <= 0;
  if (is_op(op, ">")) return c > 0;
  return c >= 0;
}

// ---- subscripting -------------------------------------------------------------------------

namespace {

// Python's slice.indices(n).
struct SliceRange {
  int64_t start, stop, step, length;
};

}  // namespace

static SliceRange slice_range(Interpreter& in, const SliceObj& s, int64_t n) {
  int64_t step = 1;
  if (!s.step.is_none()) {
    if (!s.step.is_int() && !s.step.is_bool()) in.raise("TypeError", "slice indices must be integers or None or have an __index__ method");
    step = s.step.as_int();
    if (step == 0) in.raise("ValueError", "slice step cannot be zero");
  }
  auto bound = [&](const Value& v, int64_t fallback_pos, int64_t fallback_neg) -> int64_t {
    if (v.is_none()) return step > 0 ? fallback_pos : fallback_neg;
    if (!v.is_int() && !v.is_bool()) in.raise("TypeError", "slice indices must be integers or None or have an __index__ method");
    int64_t x = v.as_int();
    if (x < 0) x += n;
    if (step > 0) return std::min(std::max<int64_t>(x, 0), n);
    return std::min(std::max<int64_t>(x, -1), n - 1);
  };
  const int64_t start = bound(s.start, 0, n - 1);
  const int64_t stop = bound(s.stop, n, -1);
  int64_t length = 0;
  if (step > 0 && stop > start) length = (stop - start + step - 1) / step;
  if (step < 0 && start > stop) length = (start - stop - step - 1) / (-step);
  return {start, stop, step, length};
}

static int64_t sequence_index(Interpreter& in, const Value& index, int64_t n, const char* what) {
  if (!index.is_int() && !index.is_bool()) {
    if (auto* t = index.as<TensorObj>()) {
      if (t->tensor.numel() == 1 && !is_floating(t->tensor.dtype())) return sequence_index(in, Value::integer(t->tensor.item().to_int()), n, what);
    }
    if (auto* inst = index.as<InstanceObj>(); inst && inst->klass->lookup("__index__")) {
      return sequence_index(in, Value::integer(to_int(in, index)), n, what);
    }
    in.raise("TypeError", std::string(what) + " indices must be integers or slices, not " + in.type_of(index)->name);
  }
  int64_t i = index.as_int();
  if (i < 0) i += n;
  if (i < 0 || i >= n) in.raise("IndexError", std::string(what) + " index out of range");
  return i;
}

Value Interpreter::get_item(const Value& obj, const Value& index) {
  if (auto* t = obj.as<TensorObj>()) return wrap(tensor_get_item(*this, t->tensor, index));
  if (auto* l = obj.as<ListObj>()) {
    if (auto* s = index.as<SliceObj>()) {
      SliceRange r = slice_range(*this, *s, static_cast<int64_t>(l->items.size()));
      std::vector<Value> out;
      for (int64_t k = 0; k < r.length; ++k) out.push_back(l->items[static_cast<size_t>(r.start + k * r.step)]);
      return make_list(std::move(out));
    }
    return l->items[static_cast<size_t>(sequence_index(*this, index, static_cast<int64_t>(l->items.size()), "list"))];
  }
  if (auto* tup = obj.as<TupleObj>()) {
    if (auto* s = index.as<SliceObj>()) {
      SliceRange r = slice_range(*this, *s, static_cast<int64_t>(tup->items.size()));
      std::vector<Value> out;
      for (int64_t k = 0; k < r.length; ++k) out.push_back(tup->items[static_cast<size_t>(r.start + k * r.step)]);
      auto result = std::make_shared<TupleObj>(std::move(out));
      if (tup->klass == T().size.get()) result->klass = tup->klass;
      return Value(result);
    }
    return tup->items[static_cast<size_t>(sequence_index(*this, index, static_cast<int64_t>(tup->items.size()), "tuple"))];
  }
  if (auto* str = obj.as<StrObj>()) {
    std::vector<Value> chars = iterate(obj);
    if (auto* s = index.as<SliceObj>()) {
      SliceRange r = slice_range(*this, *s, static_cast<int64_t>(chars.size()));
      std::string out;
      for (int64_t k = 0; k < r.length; ++k) out += chars[static_cast<size_t>(r.start + k * r.step)].as<StrObj>()->value;
      return make_str(out);
    }
    (void)str;
    return chars[static_cast<size_t>(sequence_index(*this, index, static_cast<int64_t>(chars.size()), "string"))];
  }
  if (auto* d = obj.as<DictObj>()) {
    for (auto& kv : d->items) {
      if (equals(kv.first, index)) return kv.second;
    }
    if (d->klass == T().counter.get()) return Value::integer(0);  // Counter.__missing__
    if (d->klass == T().defaultdict.get() && !d->default_factory.is_none()) {  // defaultdict.__missing__
      Value made = call(d->default_factory, {});
      set_item(obj, index, made);
      return made;
    }
    raise_with(T().key_error, {index});
  }
  if (auto* r = obj.as<RangeObj>()) {
    const int64_t i = sequence_index(*this, index, r->length(), "range object");
    return Value::integer(r->start + i * r->step);
  }
  if (auto* inst = obj.as<InstanceObj>()) {
    if (const Value* m = inst->klass->lookup("__getitem__")) return call(*m, {obj, index});
  }
  if (auto* c = obj.as<ClassObj>()) {  // list[int] style annotations
    (void)c;
    return obj;
  }
  raise(T().type_error, "'" + type_of(obj)->name + "' object is not subscriptable");
}

void Interpreter::set_item(const Value& obj, const Value& index, const Value& value) {
  if (auto* t = obj.as<TensorObj>()) {
    tensor_set_item(*this, t->tensor, index, value);
    return;
  }
  if (auto* l = obj.as<ListObj>()) {
    if (auto* s = index.as<SliceObj>()) {
      SliceRange r = slice_range(*this, *s, static_cast<int64_t>(l->items.size()));
      std::vector<Value> replacement = iterate(value);
      if (r.step == 1) {
        const int64_t stop = std::max(r.stop, r.start);
        l->items.erase(l->items.begin() + r.start, l->items.begin() + stop);
        l->items.insert(l->items.begin() + r.start, replacement.begin(), replacement.end());
        return;
      }
      if (static_cast<int64_t>(replacement.size()) != r.length) {
        raise(T().value_error, "attempt to assign sequence of size " + std::to_string(replacement.size()) +
                                   " to extended slice of size " + std::to_string(r.length));
      }
      for (int64_t k = 0; k < r.length; ++k) l->items[static_cast<size_t>(r.start + k * r.step)] = replacement[static_cast<size_t>(k)];
      return;
    }
    if (!index.is_int() && !index.is_bool()) raise(T().type_error, "list indices must be integers or slices, not " + type_of(index)->name);
    int64_t i = index.as_int();
    const int64_t n = static_cast<int64_t>(l->items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(T().index_error, "list assignment index out of range");
    l->items[static_cast<size_t>(i)] = value;
    return;
  }
  if (auto* d = obj.as<DictObj>()) {
    check_hashable(index);
    for (auto& kv : d->items) {
      if (equals(kv.first, index)) {
        kv.second = value;
        return;
      }
    }
    d->items.push_back({index, value});
    return;
  }
  if (auto* inst = obj.as<InstanceObj>()) {
    if (const Value* m = inst->klass->lookup("__setitem__")) {
      call(*m, {obj, index, value});
      return;
    }
  }
  raise(T().type_error, "'" + type_of(obj)->name + "' object does not support item assignment");
}

}  // namespace ag::interp
