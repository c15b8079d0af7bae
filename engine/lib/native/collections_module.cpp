// _collections: OrderedDict and defaultdict (dicts whose class says how they print and what a
// missing key does) and namedtuple (tuple classes with field names); engine/lib/python/collections.py
// re-exports them.
#include <algorithm>

#include "python/args.h"
#include "python/interpreter.h"

namespace ag::interp {

namespace {

const BuiltinTypes& T() { return builtin_types(); }

std::vector<std::string> field_names_of(Interpreter& in, const Value& spec) {
  std::vector<std::string> names;
  if (auto* s = spec.as<StrObj>()) {
    std::string word;
    for (char c : s->value + " ") {
      if (c == ',' || c == ' ') {
        if (!word.empty()) names.push_back(word);
        word.clear();
      } else {
        word += c;
      }
    }
  } else {
    for (const Value& v : in.iterate(spec)) names.push_back(in.str(v));
  }
  for (size_t i = 0; i < names.size(); ++i) {
    const std::string& n = names[i];
    if (n.empty() || std::isdigit(static_cast<unsigned char>(n[0])) ||
        !std::all_of(n.begin(), n.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; })) {
      in.raise("ValueError", "Type names and field names must be valid identifiers: " + in.repr(make_str(n)));
    }
    if (n[0] == '_') in.raise("ValueError", "Field names cannot start with an underscore: " + in.repr(make_str(n)));
    for (size_t j = 0; j < i; ++j) {
      if (names[j] == n) in.raise("ValueError", "Encountered duplicate field name: " + in.repr(make_str(n)));
    }
  }
  return names;
}

Value make_named(ClassObj* cls, const std::vector<std::string>& fields, std::vector<Value> items) {
  auto t = std::make_shared<TupleObj>(std::move(items), cls);
  t->field_names = fields;
  return Value(t);
}

// namedtuple('Point', ['x', 'y'], defaults=None): a tuple class whose items have names.
Value namedtuple(Interpreter& in, Args& a, Kwargs& k) {
  ArgReader r(in, "namedtuple", a, k);
  const std::string type_name = in.str(r.required(0, "typename"));
  const std::vector<std::string> fields = field_names_of(in, r.required(1, "field_names"));
  auto defaults_arg = r.keyword("defaults");
  r.keyword("rename");
  r.keyword("module");
  r.done();
  std::vector<Value> defaults;
  if (defaults_arg && !defaults_arg->is_none()) defaults = in.iterate(*defaults_arg);
  if (defaults.size() > fields.size()) in.raise("TypeError", "Got more default values than field names");

  auto cls = std::make_shared<ClassObj>();
  cls->name = type_name;
  cls->module = "__main__";
  cls->bases = {T().tuple};
  cls->metaclass = T().type.get();
  cls->user_defined = true;
  ClassObj* raw = cls.get();
  std::vector<Value> field_values;
  for (const std::string& f : fields) field_values.push_back(make_str(f));
  cls->attrs["_fields"] = make_tuple(field_values);
  auto field_defaults = std::make_shared<DictObj>();
  for (size_t i = 0; i < defaults.size(); ++i) {
    field_defaults->items.push_back({make_str(fields[fields.size() - defaults.size() + i]), defaults[i]});
  }
  cls->attrs["_field_defaults"] = Value(field_defaults);
  cls->attrs["_make"] = Value(std::make_shared<ClassMethodObj>(make_native("_make", [](Interpreter& in, Args& a, Kwargs&) {
    Args items = in.iterate(a.at(1));
    return in.call(a[0], items);
  })));
  auto construct = make_native(type_name, [raw, fields, defaults](Interpreter& in, Args& a, Kwargs& k) {
    // a[0] is the class called: this one, or a Python subclass of it (class P(namedtuple(...))).
    ClassObj* target = a.at(0).as<ClassObj>() ? a[0].as<ClassObj>() : raw;
    std::vector<Value> items(fields.size());
    std::vector<bool> given(fields.size(), false);
    if (a.size() - 1 > fields.size()) {
      in.raise("TypeError", raw->name + ".__new__() takes " + std::to_string(fields.size() + 1) +
                                " positional arguments but " + std::to_string(a.size()) + " were given");
    }
    for (size_t i = 1; i < a.size(); ++i) {
      items[i - 1] = a[i];
      given[i - 1] = true;
    }
    for (auto& [name, v] : k) {
      auto it = std::find(fields.begin(), fields.end(), name);
      if (it == fields.end()) in.raise("TypeError", raw->name + ".__new__() got an unexpected keyword argument '" + name + "'");
      const size_t idx = static_cast<size_t>(it - fields.begin());
      if (given[idx]) in.raise("TypeError", raw->name + ".__new__() got multiple values for argument '" + name + "'");
      items[idx] = v;
      given[idx] = true;
    }
    std::vector<std::string> missing;
    const size_t first_default = fields.size() - defaults.size();
    for (size_t i = 0; i < fields.size(); ++i) {
      if (given[i]) continue;
      if (i >= first_default) items[i] = defaults[i - first_default];
      else missing.push_back("'" + fields[i] + "'");
    }
    if (!missing.empty()) {
      std::string names;
      for (size_t i = 0; i < missing.size(); ++i) {
        if (i) names += i + 1 == missing.size() ? (missing.size() > 2 ? ", and " : " and ") : ", ";
        names += missing[i];
      }
      in.raise("TypeError", raw->name + ".__new__() missing " + std::to_string(missing.size()) + " required positional argument" +
                                (missing.size() == 1 ? "" : "s") + ": " + names);
    }
    return make_named(target, fields, std::move(items));
  });
  cls->attrs["__new_native__"] = construct;
  cls->attrs["__inherited_new__"] = construct;
  cls->attrs["_asdict"] = make_native("_asdict", [fields](Interpreter& in, Args& a, Kwargs&) {
    auto* t = a.at(0).as<TupleObj>();
    auto d = std::make_shared<DictObj>();
    for (size_t i = 0; i < fields.size(); ++i) d->items.push_back({make_str(fields[i]), t->items[i]});
    return Value(d);
  });
  cls->attrs["_replace"] = make_native("_replace", [raw, fields](Interpreter& in, Args& a, Kwargs& k) {
    auto* t = a.at(0).as<TupleObj>();
    std::vector<Value> items = t->items;
    for (auto& [name, v] : k) {
      auto it = std::find(fields.begin(), fields.end(), name);
      if (it == fields.end()) in.raise("ValueError", "Got unexpected field names: ['" + name + "']");
      items[static_cast<size_t>(it - fields.begin())] = v;
    }
    return make_named(raw, fields, std::move(items));
  });
  return Value(std::static_pointer_cast<Object>(cls));
}

}  // namespace

void install_collections(Interpreter& interp) {
  auto module = std::make_shared<ModuleObj>("_collections");
  module->attrs["OrderedDict"] = Value(T().ordered_dict);
  module->attrs["defaultdict"] = Value(T().defaultdict);
  module->attrs["namedtuple"] = make_native("namedtuple", namedtuple);
  T().defaultdict->attrs["__new_native__"] = make_native("defaultdict", [](Interpreter& in, Args& a, Kwargs& k) {
    Value factory = a.size() > 1 ? a[1] : none();
    if (!factory.is_none() && !in.truthy(in.call(in.builtins()["callable"], {factory}))) {
      in.raise("TypeError", "first argument must be callable or None");
    }
    Args rest(a.begin() + std::min<size_t>(a.size(), 2), a.end());
    Value d = in.call(Value(T().dict), rest, k);
    auto* dict = d.as<DictObj>();
    dict->klass = T().defaultdict.get();
    dict->default_factory = factory;
    return d;
  });
  // Counter(iterable or mapping): counts; most_common(n) and update(...) are its own methods.
  auto count_into = [](Interpreter& in, const Value& counter, const Value& source) {
    if (auto* m = source.as<DictObj>()) {
      for (auto& [k, v] : m->items) in.set_item(counter, k, in.binary("+", in.get_item(counter, k), v));
      return;
    }
    for (const Value& x : in.iterate(source)) in.set_item(counter, x, in.binary("+", in.get_item(counter, x), Value::integer(1)));
  };
  T().counter->attrs["__new_native__"] = make_native("Counter", [count_into](Interpreter& in, Args& a, Kwargs& k) {
    Value c(std::make_shared<DictObj>(T().counter.get()));
    if (a.size() > 1) count_into(in, c, a[1]);
    for (auto& [name, v] : k) in.set_item(c, make_str(name), v);
    return c;
  });
  T().counter->attrs["update"] = make_native("update", [count_into](Interpreter& in, Args& a, Kwargs& k) {
    if (a.size() > 1) count_into(in, a.at(0), a[1]);
    for (auto& [name, v] : k) in.set_item(a[0], make_str(name), in.binary("+", in.get_item(a[0], make_str(name)), v));
    return none();
  });
  T().counter->attrs["most_common"] = make_native("most_common", [](Interpreter& in, Args& a, Kwargs&) {
    auto items = a.at(0).as<DictObj>()->items;
    std::stable_sort(items.begin(), items.end(), [&in](const auto& x, const auto& y) {
      Value dummy;
      return in.compare(">", x.second, y.second, &dummy);
    });
    size_t n = items.size();
    if (a.size() > 1 && !a[1].is_none()) n = std::min<size_t>(n, static_cast<size_t>(std::max<int64_t>(0, to_int(in, a[1]))));
    std::vector<Value> out;
    for (size_t i = 0; i < n; ++i) out.push_back(make_tuple({items[i].first, items[i].second}));
    return make_list(out);
  });
  T().counter->attrs["elements"] = make_native("elements", [](Interpreter& in, Args& a, Kwargs&) {
    std::vector<Value> out;
    for (auto& [k, v] : a.at(0).as<DictObj>()->items) {
      for (int64_t i = 0; i < to_int(in, v); ++i) out.push_back(k);
    }
    auto it = std::make_shared<IteratorObj>();
    it->items = std::move(out);
    return Value(it);
  });
  T().counter->attrs["total"] = make_native("total", [](Interpreter& in, Args& a, Kwargs&) {
    Value total = Value::integer(0);
    for (auto& [k, v] : a.at(0).as<DictObj>()->items) total = in.binary("+", total, v);
    return total;
  });
  module->attrs["Counter"] = Value(T().counter);
  interp.modules()["_collections"] = Value(module);
}

}  // namespace ag::interp
