// Python's built-in functions and types: print, len, range, int, float, str, list, ..., and
// the exception classes.
#include <algorithm>
#include <cmath>

#include "python/args.h"
#include "python/interpreter.h"

namespace ag::interp {

namespace {

const BuiltinTypes& T() { return builtin_types(); }

// Makes calling a built-in class construct a value: int("3"), list(x), ...
void set_constructor(const ClassRef& cls, NativeFn fn) {
  cls->attrs["__new_native__"] = make_native(cls->name, [fn](Interpreter& in, Args& a, Kwargs& k) {
    a.erase(a.begin());  // the class itself
    return fn(in, a, k);
  });
}

// dict(mapping_or_pairs, **kwargs), and OrderedDict(...) when klass says so.
Value make_dict(Interpreter& in, Args& a, Kwargs& k, ClassObj* klass) {
  Value d(std::make_shared<DictObj>(klass));
  if (!a.empty()) {
    if (auto* other = a[0].as<DictObj>()) {
      for (auto& kv : other->items) in.set_item(d, kv.first, kv.second);
    } else {
      for (const Value& pair : in.iterate(a[0])) {
        std::vector<Value> kv = in.iterate(pair);
        if (kv.size() != 2) in.raise("ValueError", "dictionary update sequence element has length " + std::to_string(kv.size()) + "; 2 is required");
        in.set_item(d, kv[0], kv[1]);
      }
    }
  }
  for (auto& [name, v] : k) in.set_item(d, make_str(name), v);
  return d;
}

Value parse_int(Interpreter& in, const std::string& text, int base) {
  std::string s = text;
  s.erase(0, s.find_first_not_of(" \t\n"));
  s.erase(s.find_last_not_of(" \t\n") + 1);
  std::string digits;
  for (char c : s) if (c != '_') digits += c;
  char* end = nullptr;
  errno = 0;
  const long long v = std::strtoll(digits.c_str(), &end, base);
  if (digits.empty() || *end != '\0') {
    in.raise("ValueError", "invalid literal for int() with base " + std::to_string(base) + ": " + in.repr(make_str(text)));
  }
  if (errno == ERANGE) in.raise("OverflowError", "int too large: the playground's integers are 64-bit");
  return Value::integer(v);
}

Value sorted_impl(Interpreter& in, std::vector<Value> items, const std::optional<Value>& key, bool reverse) {
  std::vector<Value> keys = items;
  if (key && !key->is_none()) {
    for (Value& k : keys) k = in.call(*key, {k});
  }
  std::vector<size_t> order(items.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    Value t;
    return reverse ? in.compare("<", keys[b], keys[a], &t) : in.compare("<", keys[a], keys[b], &t);
  });
  std::vector<Value> out;
  for (size_t i : order) out.push_back(items[i]);
  return make_list(out);
}

Value min_max(Interpreter& in, Args& a, Kwargs& k, bool is_max, const char* name) {
  ArgReader r(in, name, a, k);
  auto key = r.keyword("key");
  auto fallback = r.keyword("default");
  r.done();
  std::vector<Value> items = a.size() == 1 ? in.iterate(a[0]) : a;
  if (items.empty()) {
    if (fallback) return *fallback;
    in.raise("ValueError", std::string(name) + "() arg is an empty sequence");
  }
  Value best = items[0];
  Value best_key = key ? in.call(*key, {best}) : best;
  for (size_t i = 1; i < items.size(); ++i) {
    Value k2 = key ? in.call(*key, {items[i]}) : items[i];
    Value t;
    bool better = in.compare(is_max ? ">" : "<", k2, best_key, &t);
    if (!t.is_none()) better = in.truthy(t);
    if (better) {
      best = items[i];
      best_key = k2;
    }
  }
  return best;
}

double round_half_even(double x, int64_t digits) {
  char buf[512];
  std::snprintf(buf, sizeof buf, "%.*f", static_cast<int>(std::max<int64_t>(digits, 0)), x);
  return std::strtod(buf, nullptr);
}

}  // namespace

void install_builtins(Interpreter& interp) {
  AttrMap& b = interp.builtins();
  const BuiltinTypes& t = T();
  b["print"] = make_native("print", [](Interpreter& in, Args& a, Kwargs& k) {
    std::string sep = " ", end = "\n";
    bool flush = false;
    for (auto& [name, v] : k) {
      if (name == "sep") sep = v.is_none() ? " " : in.str(v);
      else if (name == "end") end = v.is_none() ? "\n" : in.str(v);
      else if (name == "flush") flush = in.truthy(v);
      else if (name == "file") {
      } else in.raise("TypeError", "'" + name + "' is an invalid keyword argument for print()");
    }
    (void)flush;
    std::string out;
    for (size_t i = 0; i < a.size(); ++i) {
      if (i) out += sep;
      out += in.str(a[i]);
    }
    in.write(out + end);
    return none();
  });
  b["len"] = make_native("len", [](Interpreter& in, Args& a, Kwargs&) {
    if (a.size() != 1) in.raise("TypeError", "len() takes exactly one argument (" + std::to_string(a.size()) + " given)");
    const Value& v = a[0];
    if (auto* s = v.as<StrObj>()) {  // code points, not bytes
      return Value::integer(std::count_if(s->value.begin(), s->value.end(),
                                          [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
    }
    if (auto* l = v.as<ListObj>()) return Value::integer(static_cast<int64_t>(l->items.size()));
    if (auto* tu = v.as<TupleObj>()) return Value::integer(static_cast<int64_t>(tu->items.size()));
    if (auto* d = v.as<DictObj>()) return Value::integer(static_cast<int64_t>(d->items.size()));
    if (auto* s = v.as<SetObj>()) return Value::integer(static_cast<int64_t>(s->items.size()));
    if (auto* r = v.as<RangeObj>()) return Value::integer(r->length());
    if (auto* tt = v.as<TensorObj>()) {
      if (tt->tensor.dim() == 0) in.raise("TypeError", "len() of a 0-d tensor");
      return Value::integer(tt->tensor.size(0));
    }
    if (auto* inst = v.as<InstanceObj>()) {
      if (const Value* m = inst->klass->lookup("__len__")) return in.call(*m, {v});
    }
    in.raise("TypeError", "object of type '" + in.type_of(v)->name + "' has no len()");
  });
  set_constructor(t.range, [](Interpreter& in, Args& a, Kwargs&) {
    auto r = std::make_shared<RangeObj>();
    if (a.empty() || a.size() > 3) in.raise("TypeError", "range expected at least 1 argument, got " + std::to_string(a.size()));
    for (const Value& v : a) {
      if (!v.is_int() && !v.is_bool()) in.raise("TypeError", "'" + in.type_of(v)->name + "' object cannot be interpreted as an integer");
    }
    if (a.size() == 1) {
      r->stop = a[0].as_int();
    } else {
      r->start = a[0].as_int();
      r->stop = a[1].as_int();
      if (a.size() == 3) r->step = a[2].as_int();
      if (r->step == 0) in.raise("ValueError", "range() arg 3 must not be zero");
    }
    return Value(r);
  });
  set_constructor(t.int_, [](Interpreter& in, Args& a, Kwargs&) {
    if (a.empty()) return Value::integer(0);
    const Value& v = a[0];
    if (v.is_bool() || v.is_int()) return Value::integer(v.as_int());
    if (v.is_float()) {
      const double d = v.as_float();
      return Value::integer(int_from_float(in, d));
    }
    if (auto* s = v.as<StrObj>()) return parse_int(in, s->value, a.size() > 1 ? static_cast<int>(to_int(in, a[1])) : 10);
    if (auto* inst = v.as<InstanceObj>()) {
      for (const char* hook : {"__int__", "__index__", "__trunc__"}) {
        if (const Value* m = inst->klass->lookup(hook)) return in.call(*m, {v});
      }
    }
    if (auto* tt = v.as<TensorObj>()) {
      if (tt->tensor.numel() != 1) in.raise("ValueError", "only one element tensors can be converted to Python scalars");
      return Value::integer(int_from_float(in, tt->tensor.item().to_double()));
    }
    in.raise("TypeError", "int() argument must be a string, a bytes-like object or a real number, not '" + in.type_of(v)->name + "'");
  });
  set_constructor(t.float_, [](Interpreter& in, Args& a, Kwargs&) {
    if (a.empty()) return Value::number(0.0);
    const Value& v = a[0];
    if (v.is_number()) return Value::number(v.as_float());
    if (auto* inst = v.as<InstanceObj>()) {
      if (const Value* m = inst->klass->lookup("__float__")) return in.call(*m, {v});
      if (const Value* m = inst->klass->lookup("__index__")) return Value::number(in.call(*m, {v}).as_float());
    }
    if (auto* s = v.as<StrObj>()) {
      std::string x = s->value;
      x.erase(0, x.find_first_not_of(" \t\n"));
      x.erase(x.find_last_not_of(" \t\n") + 1);
      std::string lower = x;
      for (char& c : lower) c = static_cast<char>(std::tolower(c));
      if (lower == "nan" || lower == "+nan" || lower == "-nan") return Value::number(std::nan(""));
      if (lower == "inf" || lower == "+inf" || lower == "infinity") return Value::number(INFINITY);
      if (lower == "-inf" || lower == "-infinity") return Value::number(-INFINITY);
      char* end = nullptr;
      const double d = std::strtod(x.c_str(), &end);
      if (x.empty() || *end != '\0') in.raise("ValueError", "could not convert string to float: " + in.repr(v));
      return Value::number(d);
    }
    if (auto* tt = v.as<TensorObj>()) {
      if (tt->tensor.numel() != 1) in.raise("ValueError", "only one element tensors can be converted to Python scalars");
      return Value::number(tt->tensor.item().to_double());
    }
    in.raise("TypeError", "float() argument must be a string or a real number, not '" + in.type_of(v)->name + "'");
  });
  set_constructor(t.bool_, [](Interpreter& in, Args& a, Kwargs&) {
    return Value::boolean(!a.empty() && in.truthy(a[0]));
  });
  set_constructor(t.str, [](Interpreter& in, Args& a, Kwargs&) { return make_str(a.empty() ? "" : in.str(a[0])); });
  set_constructor(t.list, [](Interpreter& in, Args& a, Kwargs&) {
    return make_list(a.empty() ? std::vector<Value>{} : in.iterate(a[0]));
  });
  set_constructor(t.tuple, [](Interpreter& in, Args& a, Kwargs&) {
    return make_tuple(a.empty() ? std::vector<Value>{} : in.iterate(a[0]));
  });
  set_constructor(t.set, [](Interpreter& in, Args& a, Kwargs&) {
    auto s = std::make_shared<SetObj>();
    if (!a.empty()) {
      for (const Value& v : in.iterate(a[0])) {
        in.check_hashable(v);
        bool present = false;
        for (const Value& w : s->items) present = present || in.equals(v, w);
        if (!present) s->items.push_back(v);
      }
    }
    return Value(s);
  });
  set_constructor(t.dict, [](Interpreter& in, Args& a, Kwargs& k) { return make_dict(in, a, k, nullptr); });
  t.dict->attrs["fromkeys"] = Value(std::make_shared<ClassMethodObj>(make_native("fromkeys", [](Interpreter& in, Args& a, Kwargs&) {
    Value d = in.call(a.at(0), {});
    const Value value = a.size() > 2 ? a[2] : none();
    for (const Value& key : in.iterate(a.at(1))) in.set_item(d, key, value);
    return d;
  })));
  set_constructor(t.ordered_dict, [](Interpreter& in, Args& a, Kwargs& k) {
    return make_dict(in, a, k, T().ordered_dict.get());
  });
  t.object->attrs["__setattr__"] = object_setattr();
  t.object->attrs["__delattr__"] = object_delattr();
  // object.__new__(cls): a bare instance, no __init__ (copy.deepcopy makes its copies so).
  t.object->attrs["__new__"] = Value(std::make_shared<StaticMethodObj>(make_native("__new__", [](Interpreter& in, Args& a, Kwargs&) {
    auto* cls = a.at(0).as<ClassObj>();
    if (!cls) in.raise("TypeError", "object.__new__(X): X is not a type object (" + in.type_of(a[0])->name + ")");
    if (!cls->user_defined && cls != T().object.get()) in.raise("TypeError", "object.__new__(" + cls->name + ") is not safe, use " + cls->name + ".__new__()");
    return Value(std::make_shared<InstanceObj>(std::static_pointer_cast<ClassObj>(a[0].obj())));
  })));
  set_constructor(t.object, [](Interpreter&, Args&, Kwargs&) { return Value(std::make_shared<InstanceObj>(T().object)); });
  set_constructor(t.type, [](Interpreter& in, Args& a, Kwargs&) {
    if (a.size() != 1) in.raise("TypeError", "type() takes 1 or 3 arguments");
    ClassObj* c = in.type_of(a[0]);
    return Value(std::shared_ptr<Object>(std::shared_ptr<Object>{}, c));
  });
  set_constructor(t.staticmethod, [](Interpreter&, Args& a, Kwargs&) { return Value(std::make_shared<StaticMethodObj>(a.at(0))); });
  set_constructor(t.classmethod, [](Interpreter&, Args& a, Kwargs&) { return Value(std::make_shared<ClassMethodObj>(a.at(0))); });
  set_constructor(t.property, [](Interpreter&, Args& a, Kwargs&) { return Value(std::make_shared<PropertyObj>(a.at(0))); });
  set_constructor(t.slice, [](Interpreter& in, Args& a, Kwargs&) {
    if (a.empty() || a.size() > 3) in.raise("TypeError", "slice expected at least 1 argument, got " + std::to_string(a.size()));
    auto s = std::make_shared<SliceObj>();
    if (a.size() == 1) {
      s->stop = a[0];
    } else {
      s->start = a[0];
      s->stop = a[1];
      if (a.size() == 3) s->step = a[2];
    }
    return Value(s);
  });
  for (const ClassRef& c : {t.int_, t.float_, t.bool_, t.str, t.list, t.tuple, t.set, t.dict, t.object, t.type,
                            t.staticmethod, t.classmethod, t.property, t.slice, t.range}) {
    b[c->name] = Value(c);
  }
  for (const ClassRef& c : {t.base_exception, t.exception, t.arithmetic_error, t.zero_division_error,
                            t.overflow_error, t.assertion_error, t.attribute_error, t.import_error,
                            t.module_not_found_error, t.lookup_error, t.index_error, t.key_error, t.name_error,
                            t.unbound_local_error, t.runtime_error, t.recursion_error, t.not_implemented_error,
                            t.stop_iteration, t.type_error, t.value_error, t.timeout_error, t.memory_error,
                            t.keyboard_interrupt, t.syntax_error, t.indentation_error, t.warning,
                            t.user_warning, t.deprecation_warning, t.future_warning, t.runtime_warning}) {
    b[c->name] = Value(c);
  }
  b["abs"] = make_native("abs", [](Interpreter& in, Args& a, Kwargs&) {
    const Value& v = a.at(0);
    if (v.is_float()) return Value::number(std::fabs(v.as_float()));
    if (v.is_int() || v.is_bool()) return Value::integer(v.as_int() < 0 ? -v.as_int() : v.as_int());
    if (auto* tt = v.as<TensorObj>()) return in.wrap(abs(tt->tensor));
    if (auto* inst = v.as<InstanceObj>()) {
      if (const Value* m = inst->klass->lookup("__abs__")) return in.call(*m, {v});
    }
    in.raise("TypeError", "bad operand type for abs(): '" + in.type_of(v)->name + "'");
  });
  b["min"] = make_native("min", [](Interpreter& in, Args& a, Kwargs& k) { return min_max(in, a, k, false, "min"); });
  b["max"] = make_native("max", [](Interpreter& in, Args& a, Kwargs& k) { return min_max(in, a, k, true, "max"); });
  b["sum"] = make_native("sum", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "sum", a, k);
    Value iterable = r.required(0, "iterable");
    auto start = r.get(1, "start");
    r.done();
    Value acc = start ? *start : Value::integer(0);
    for (const Value& v : in.iterate(iterable)) acc = in.binary("+", acc, v);
    return acc;
  });
  b["round"] = make_native("round", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "round", a, k);
    Value v = r.required(0, "number");
    auto nd = r.get(1, "ndigits");
    r.done();
    if (auto* tt = v.as<TensorObj>()) {
      if (tt->tensor.numel() != 1) in.raise("TypeError", "type Tensor doesn't define __round__ method");
      v = scalar_value(tt->tensor.item());
    }
    if (auto* inst = v.as<InstanceObj>()) {
      if (const Value* m = inst->klass->lookup("__round__")) {
        return nd ? in.call(*m, {v, *nd}) : in.call(*m, {v});
      }
    }
    if (v.is_int() || v.is_bool()) return Value::integer(v.as_int());
    if (!v.is_float()) in.raise("TypeError", "type " + in.type_of(v)->name + " doesn't define __round__ method");
    const double x = v.as_float();
    if (!nd || nd->is_none()) {
      return Value::integer(int_from_float(in, std::nearbyint(x)));
    }
    const int64_t digits = to_int(in, *nd);
    if (!std::isfinite(x)) return v;
    if (digits < 0) {
      const double scale = std::pow(10.0, static_cast<double>(-digits));
      return Value::number(std::nearbyint(x / scale) * scale);
    }
    return Value::number(round_half_even(x, digits));
  });
  // enumerate, zip, map and filter are lazy, as in Python: they pull from their iterables
  // only as far as their consumer asks (an endless generator, prints in between).
  b["enumerate"] = make_native("enumerate", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "enumerate", a, k);
    Value iterable = r.required(0, "iterable");
    auto start = r.get(1, "start");
    r.done();
    Value source = in.get_iter(iterable);
    return Interpreter::lazy_iterator([source, i = start ? to_int(in, *start) : int64_t{0}](Interpreter& in, Value& out) mutable {
      Value item;
      if (!in.next_value(source, item)) return false;
      out = make_tuple({Value::integer(i++), item});
      return true;
    }, "enumerate");
  });
  // The next item of every iterator, or false when the shortest one is done.
  auto next_of_all = [](Interpreter& in, const std::vector<Value>& sources, std::vector<Value>& row) {
    row.clear();
    Value item;
    for (const Value& s : sources) {
      if (!in.next_value(s, item)) return false;
      row.push_back(item);
    }
    return !sources.empty();
  };
  b["zip"] = make_native("zip", [next_of_all](Interpreter& in, Args& a, Kwargs&) {
    std::vector<Value> sources;
    for (const Value& v : a) sources.push_back(in.get_iter(v));
    return Interpreter::lazy_iterator([sources, next_of_all](Interpreter& in, Value& out) {
      std::vector<Value> row;
      if (!next_of_all(in, sources, row)) return false;
      out = make_tuple(std::move(row));
      return true;
    }, "zip");
  });
  b["map"] = make_native("map", [next_of_all](Interpreter& in, Args& a, Kwargs&) {
    if (a.size() < 2) in.raise("TypeError", "map() must have at least two arguments.");
    std::vector<Value> sources;
    for (size_t i = 1; i < a.size(); ++i) sources.push_back(in.get_iter(a[i]));
    return Interpreter::lazy_iterator([fn = a[0], sources, next_of_all](Interpreter& in, Value& out) {
      std::vector<Value> row;
      if (!next_of_all(in, sources, row)) return false;
      out = in.call(fn, row);
      return true;
    }, "map");
  });
  b["filter"] = make_native("filter", [](Interpreter& in, Args& a, Kwargs&) {
    if (a.size() != 2) in.raise("TypeError", "filter expected 2 arguments, got " + std::to_string(a.size()));
    Value source = in.get_iter(a[1]);
    return Interpreter::lazy_iterator([fn = a[0], source](Interpreter& in, Value& out) {
      Value item;
      while (in.next_value(source, item)) {
        if (in.truthy(fn.is_none() ? item : in.call(fn, {item}))) {
          out = item;
          return true;
        }
      }
      return false;
    }, "filter");
  });
  b["sorted"] = make_native("sorted", [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "sorted", a, k);
    Value iterable = r.required(0, "iterable");
    auto key = r.keyword("key");
    auto reverse = r.keyword("reverse");
    r.done();
    return sorted_impl(in, in.iterate(iterable), key, reverse && in.truthy(*reverse));
  });
  b["reversed"] = make_native("reversed", [](Interpreter& in, Args& a, Kwargs&) {
    const Value& seq = a.at(0);
    if (seq.as<IteratorObj>() || seq.as<SetObj>()) in.raise("TypeError", "'" + in.type_of(seq)->name + "' object is not reversible");
    std::vector<Value> items = in.iterate(seq);
    std::reverse(items.begin(), items.end());
    auto it = std::make_shared<IteratorObj>();
    it->items = std::move(items);
    it->type_name = seq.as<ListObj>() ? "list_reverseiterator" : seq.as<RangeObj>() ? "range_iterator" : "reversed";
    return Value(it);
  });
  b["iter"] = make_native("iter", [](Interpreter& in, Args& a, Kwargs&) {
    if (a.size() == 2) {  // iter(callable, sentinel): call until it returns the sentinel
      return Interpreter::lazy_iterator([fn = a[0], sentinel = a[1]](Interpreter& in, Value& out) {
        out = in.call(fn, {});
        return !in.equals(out, sentinel);
      }, "callable_iterator");
    }
    return in.get_iter(a.at(0));
  });
  b["next"] = make_native("next", [](Interpreter& in, Args& a, Kwargs&) {
    Value out;
    if (in.next_value(a.at(0), out)) return out;
    if (a.size() > 1) return a[1];
    in.raise("StopIteration", "");
  });
  b["any"] = make_native("any", [](Interpreter& in, Args& a, Kwargs&) {
    Value it = in.get_iter(a.at(0)), item;
    while (in.next_value(it, item)) {
      if (in.truthy(item)) return Value::boolean(true);
    }
    return Value::boolean(false);
  });
  b["all"] = make_native("all", [](Interpreter& in, Args& a, Kwargs&) {
    Value it = in.get_iter(a.at(0)), item;
    while (in.next_value(it, item)) {
      if (!in.truthy(item)) return Value::boolean(false);
    }
    return Value::boolean(true);
  });
  b["isinstance"] = make_native("isinstance", [](Interpreter& in, Args& a, Kwargs&) {
    if (a.size() != 2) in.raise("TypeError", "isinstance expected 2 arguments, got " + std::to_string(a.size()));
    std::vector<Value> classes = a[1].as<TupleObj>() ? a[1].as<TupleObj>()->items : std::vector<Value>{a[1]};
    for (const Value& c : classes) {
      auto* cls = c.as<ClassObj>();
      if (!cls) in.raise("TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union");
      if (in.is_instance(a[0], cls)) return Value::boolean(true);
    }
    return Value::boolean(false);
  });
  b["issubclass"] = make_native("issubclass", [](Interpreter& in, Args& a, Kwargs&) {
    auto* c = a.at(0).as<ClassObj>();
    if (!c) in.raise("TypeError", "issubclass() arg 1 must be a class");
    std::vector<Value> classes = a.at(1).as<TupleObj>() ? a[1].as<TupleObj>()->items : std::vector<Value>{a[1]};
    for (const Value& v : classes) {
      auto* p = v.as<ClassObj>();
      if (!p) in.raise("TypeError", "issubclass() arg 2 must be a class, a tuple of classes, or a union");
      if (c->is_subclass_of(p)) return Value::boolean(true);
    }
    return Value::boolean(false);
  });
  b["repr"] = make_native("repr", [](Interpreter& in, Args& a, Kwargs&) { return make_str(in.repr(a.at(0))); });
  b["format"] = make_native("format", [](Interpreter& in, Args& a, Kwargs&) {
    return make_str(in.format(a.at(0), a.size() > 1 ? in.str(a[1]) : ""));
  });
  b["hasattr"] = make_native("hasattr", [](Interpreter& in, Args& a, Kwargs&) {
    return Value::boolean(in.has_attr(a.at(0), in.str(a.at(1))));
  });
  b["getattr"] = make_native("getattr", [](Interpreter& in, Args& a, Kwargs&) {
    if (a.size() > 2 && !in.has_attr(a.at(0), in.str(a.at(1)))) return a[2];
    return in.get_attr(a.at(0), in.str(a.at(1)));
  });
  b["setattr"] = make_native("setattr", [](Interpreter& in, Args& a, Kwargs&) {
    in.set_attr(a.at(0), in.str(a.at(1)), a.at(2));
    return none();
  });
  b["delattr"] = make_native("delattr", [](Interpreter& in, Args& a, Kwargs&) {
    in.del_attr(a.at(0), in.str(a.at(1)));
    return none();
  });
  b["callable"] = make_native("callable", [](Interpreter&, Args& a, Kwargs&) {
    const Value& v = a.at(0);
    if (auto* inst = v.as<InstanceObj>()) return Value::boolean(inst->klass->lookup("__call__") != nullptr);
    return Value::boolean(v.as<FunctionObj>() || v.as<NativeFunctionObj>() || v.as<BoundMethodObj>() || v.as<ClassObj>() ||
                          v.as<StaticMethodObj>() || v.as<GradModeObj>());
  });
  b["id"] = make_native("id", [](Interpreter&, Args& a, Kwargs&) {
    return Value::integer(a.at(0).is_obj() ? static_cast<int64_t>(reinterpret_cast<uintptr_t>(a[0].obj().get())) : a[0].as_int());
  });
  b["divmod"] = make_native("divmod", [](Interpreter& in, Args& a, Kwargs&) {
    return make_tuple({in.binary("//", a.at(0), a.at(1)), in.binary("%", a[0], a[1])});
  });
  b["pow"] = make_native("pow", [](Interpreter& in, Args& a, Kwargs&) { return in.binary("**", a.at(0), a.at(1)); });
  b["chr"] = make_native("chr", [](Interpreter& in, Args& a, Kwargs&) {
    return make_str(std::string(1, static_cast<char>(to_int(in, a.at(0)))));
  });
  b["ord"] = make_native("ord", [](Interpreter& in, Args& a, Kwargs&) {
    return Value::integer(static_cast<unsigned char>(in.str(a.at(0)).at(0)));
  });
  b["hash"] = make_native("hash", [](Interpreter& in, Args& a, Kwargs&) {
    in.check_hashable(a.at(0));
    if (auto* inst = a[0].as<InstanceObj>()) {
      if (const Value* h = inst->klass->lookup("__hash__")) return in.call(*h, {a[0]});
    }
    return Value::integer(static_cast<int64_t>(std::hash<std::string>{}(in.repr(a.at(0)))));
  });
  b["super"] = make_native("super", [](Interpreter& in, Args& a, Kwargs&) -> Value {
    if (a.size() == 2) {
      auto* cls = a[0].as<ClassObj>();
      if (!cls) in.raise("TypeError", "super() argument 1 must be a type");
      return Value(std::make_shared<SuperObj>(cls, a[1]));
    }
    if (in.frames().empty() || !in.frames().back().function->defining_class) {
      in.raise("RuntimeError", "super(): no arguments");
    }
    const auto& frame = in.frames().back();
    const auto& params = *frame.function->params;
    if (params.empty()) in.raise("RuntimeError", "super(): no arguments");
    auto it = frame.scope->vars.find(params[0].name);
    if (it == frame.scope->vars.end()) in.raise("RuntimeError", "super(): arg[0] deleted");
    return Value(std::make_shared<SuperObj>(frame.function->defining_class, it->second));
  });
  b["input"] = make_native("input", [](Interpreter& in, Args&, Kwargs&) -> Value {
    in.raise("RuntimeError", "input() is not available in a playground cell");
  });
  b["open"] = make_native("open", [](Interpreter& in, Args&, Kwargs&) -> Value {
    in.raise("RuntimeError", "files are not available in a playground cell");
  });
  b["vars"] = make_native("vars", [](Interpreter& in, Args& a, Kwargs&) {
    auto d = std::make_shared<DictObj>();
    if (auto* inst = a.at(0).as<InstanceObj>()) {
      for (auto& [k, v] : inst->attrs) d->items.push_back({make_str(k), v});
      return Value(d);
    }
    in.raise("TypeError", "vars() argument must have __dict__ attribute");
  });
  b["None"] = none();
  b["Ellipsis"] = Value(std::make_shared<EllipsisObj>());
  b["NotImplemented"] = not_implemented();
}

}  // namespace ag::interp
