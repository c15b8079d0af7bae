#include "python/types.h"

#include <algorithm>

namespace ag::interp {

namespace {

ClassRef make_class(const std::string& name, const std::string& module, std::vector<ClassRef> bases,
                    ClassObj* meta) {
  auto c = std::make_shared<ClassObj>();
  c->name = name;
  c->module = module;
  c->bases = std::move(bases);
  c->metaclass = meta;
  return c;
}

BuiltinTypes build() {
  BuiltinTypes t;
  t.type = make_class("type", "builtins", {}, nullptr);
  t.type->metaclass = t.type.get();
  ClassObj* meta = t.type.get();
  t.object = make_class("object", "builtins", {}, meta);
  t.type->bases = {t.object};
  auto simple = [&](const std::string& name, const std::string& module = "builtins") {
    return make_class(name, module, {t.object}, meta);
  };
  t.none_type = simple("NoneType");
  t.int_ = simple("int");
  t.bool_ = make_class("bool", "builtins", {t.int_}, meta);
  t.float_ = simple("float");
  t.str = simple("str");
  t.list = simple("list");
  t.tuple = simple("tuple");
  t.dict = simple("dict");
  t.set = simple("set");
  t.function = simple("function");
  t.builtin_function = simple("builtin_function_or_method");
  t.method = simple("method");
  t.module = simple("module");
  t.slice = simple("slice");
  t.ellipsis = simple("ellipsis");
  t.range = simple("range");
  t.iterator = simple("iterator");
  t.staticmethod = simple("staticmethod");
  t.classmethod = simple("classmethod");
  t.property = simple("property");
  t.tensor = simple("Tensor", "torch");
  t.dtype = simple("dtype", "torch");
  t.device = simple("device", "torch");
  t.size = make_class("Size", "torch", {t.tuple}, meta);
  t.return_types_max = make_class("max", "torch.return_types", {t.tuple}, meta);
  t.return_types_min = make_class("min", "torch.return_types", {t.tuple}, meta);
  t.function_ctx = simple("FunctionCtx", "torch.autograd.function");
  t.grad_mode = simple("no_grad", "torch.autograd.grad_mode");
  t.node = simple("Node", "torch.autograd.graph");
  t.autograd_function = simple("Function", "torch.autograd");
  t.parameter = make_class("Parameter", "torch.nn.parameter", {t.tensor}, meta);
  t.ordered_dict = make_class("OrderedDict", "collections", {t.dict}, meta);
  t.defaultdict = make_class("defaultdict", "collections", {t.dict}, meta);
  t.counter = make_class("Counter", "collections", {t.dict}, meta);
  t.generator = simple("generator");

  auto exc = [&](const std::string& name, const ClassRef& base) {
    return make_class(name, "builtins", {base}, meta);
  };
  t.base_exception = exc("BaseException", t.object);
  t.exception = exc("Exception", t.base_exception);
  t.arithmetic_error = exc("ArithmeticError", t.exception);
  t.zero_division_error = exc("ZeroDivisionError", t.arithmetic_error);
  t.overflow_error = exc("OverflowError", t.arithmetic_error);
  t.assertion_error = exc("AssertionError", t.exception);
  t.attribute_error = exc("AttributeError", t.exception);
  t.import_error = exc("ImportError", t.exception);
  t.module_not_found_error = exc("ModuleNotFoundError", t.import_error);
  t.lookup_error = exc("LookupError", t.exception);
  t.index_error = exc("IndexError", t.lookup_error);
  t.key_error = exc("KeyError", t.lookup_error);
  t.name_error = exc("NameError", t.exception);
  t.unbound_local_error = exc("UnboundLocalError", t.name_error);
  t.runtime_error = exc("RuntimeError", t.exception);
  t.recursion_error = exc("RecursionError", t.runtime_error);
  t.not_implemented_error = exc("NotImplementedError", t.runtime_error);
  t.stop_iteration = exc("StopIteration", t.exception);
  t.type_error = exc("TypeError", t.exception);
  t.value_error = exc("ValueError", t.exception);
  t.timeout_error = exc("TimeoutError", t.exception);
  t.memory_error = exc("MemoryError", t.exception);
  t.keyboard_interrupt = exc("KeyboardInterrupt", t.base_exception);
  t.syntax_error = exc("SyntaxError", t.exception);
  t.indentation_error = exc("IndentationError", t.syntax_error);
  t.warning = exc("Warning", t.exception);
  t.user_warning = exc("UserWarning", t.warning);
  t.deprecation_warning = exc("DeprecationWarning", t.warning);
  t.future_warning = exc("FutureWarning", t.warning);
  t.runtime_warning = exc("RuntimeWarning", t.warning);
  t.linalg_error = make_class("_LinAlgError", "torch._C", {t.runtime_error}, meta);
  return t;
}

}  // namespace

const Value& not_implemented() {
  static const Value value = [] {
    auto cls = make_class("NotImplementedType", "builtins", {builtin_types().object}, builtin_types().type.get());
    return Value(std::make_shared<InstanceObj>(cls));
  }();
  return value;
}

const BuiltinTypes& builtin_types() {
  static const BuiltinTypes types = build();
  return types;
}

ClassRef exception_class(const std::string& name) {
  const BuiltinTypes& t = builtin_types();
  for (const ClassRef& c :
       {t.base_exception, t.exception, t.arithmetic_error, t.zero_division_error, t.overflow_error,
        t.assertion_error, t.attribute_error, t.import_error, t.module_not_found_error,
        t.lookup_error, t.index_error, t.key_error, t.name_error, t.unbound_local_error,
        t.runtime_error, t.recursion_error, t.not_implemented_error, t.stop_iteration,
        t.type_error, t.value_error, t.timeout_error, t.memory_error, t.keyboard_interrupt,
        t.syntax_error, t.indentation_error, t.warning, t.user_warning, t.deprecation_warning,
        t.future_warning, t.runtime_warning, t.linalg_error}) {
    if (c->name == name) return c;
  }
  return nullptr;
}

// C3: this class, then the merge of its bases' linearisations and the bases themselves.
const std::vector<ClassObj*>& ClassObj::mro() const {
  if (!mro_cache.empty()) return mro_cache;
  std::vector<std::vector<ClassObj*>> sequences;
  for (const ClassRef& b : bases) sequences.push_back(b->mro());
  std::vector<ClassObj*> direct;
  for (const ClassRef& b : bases) direct.push_back(b.get());
  sequences.push_back(direct);
  std::vector<ClassObj*> result{const_cast<ClassObj*>(this)};
  while (true) {
    sequences.erase(std::remove_if(sequences.begin(), sequences.end(), [](const auto& s) { return s.empty(); }),
                    sequences.end());
    if (sequences.empty()) break;
    ClassObj* next = nullptr;
    for (const auto& seq : sequences) {
      ClassObj* candidate = seq.front();
      const bool in_tail = std::any_of(sequences.begin(), sequences.end(), [&](const auto& other) {
        return std::find(other.begin() + 1, other.end(), candidate) != other.end();
      });
      if (!in_tail) {
        next = candidate;
        break;
      }
    }
    if (!next) return mro_cache;  // inconsistent: the class statement reports it
    result.push_back(next);
    for (auto& seq : sequences) {
      if (seq.front() == next) seq.erase(seq.begin());
    }
  }
  mro_cache = std::move(result);
  return mro_cache;
}

const Value* ClassObj::lookup(const std::string& attr) const {
  auto own = attrs.find(attr);
  if (own != attrs.end()) return &own->second;
  for (ClassObj* c : mro()) {
    if (c == this) continue;
    auto it = c->attrs.find(attr);
    if (it != c->attrs.end()) return &it->second;
  }
  return nullptr;
}

bool ClassObj::is_subclass_of(const ClassObj* other) const {
  if (this == other) return true;
  return std::any_of(bases.begin(), bases.end(), [&](const ClassRef& b) { return b->is_subclass_of(other); });
}

ClassObj* StrObj::cls() const { return builtin_types().str.get(); }
ClassObj* ListObj::cls() const { return builtin_types().list.get(); }
ClassObj* TupleObj::cls() const { return klass ? klass : builtin_types().tuple.get(); }
ClassObj* DictObj::cls() const { return klass ? klass : builtin_types().dict.get(); }
ClassObj* SetObj::cls() const { return builtin_types().set.get(); }
ClassObj* TensorObj::cls() const { return klass ? klass : builtin_types().tensor.get(); }
ClassObj* FunctionObj::cls() const { return builtin_types().function.get(); }
ClassObj* SuperObj::cls() const { return builtin_types().object.get(); }
ClassObj* NativeFunctionObj::cls() const { return builtin_types().builtin_function.get(); }
ClassObj* BoundMethodObj::cls() const { return builtin_types().method.get(); }
ClassObj* StaticMethodObj::cls() const { return builtin_types().staticmethod.get(); }
ClassObj* ClassMethodObj::cls() const { return builtin_types().classmethod.get(); }
ClassObj* PropertyObj::cls() const { return builtin_types().property.get(); }
std::string PropertyObj::name() const {
  if (auto* f = getter.as<FunctionObj>()) return f->name;
  return "?";
}
ClassObj* ModuleObj::cls() const { return builtin_types().module.get(); }
ClassObj* NodeObj::cls() const { return klass ? klass.get() : builtin_types().node.get(); }
ClassObj* DtypeObj::cls() const { return builtin_types().dtype.get(); }
ClassObj* DeviceObj::cls() const { return builtin_types().device.get(); }
ClassObj* SliceObj::cls() const { return builtin_types().slice.get(); }
ClassObj* EllipsisObj::cls() const { return builtin_types().ellipsis.get(); }
ClassObj* RangeObj::cls() const { return builtin_types().range.get(); }
ClassObj* iterator_class(const char* name) {
  static std::unordered_map<std::string, ClassRef> classes;  // a handful of names, never freed
  ClassRef& c = classes[name];
  if (!c) c = make_class(name, "builtins", {builtin_types().object}, builtin_types().type.get());
  return c.get();
}
ClassObj* IteratorObj::cls() const {
  if (!generator_name.empty()) return builtin_types().generator.get();
  return type_name ? iterator_class(type_name) : builtin_types().iterator.get();
}
ClassObj* GradModeObj::cls() const { return builtin_types().grad_mode.get(); }
ClassObj* FunctionCtxObj::cls() const { return builtin_types().function_ctx.get(); }

int64_t RangeObj::length() const {
  if (step > 0 && start < stop) return (stop - start + step - 1) / step;
  if (step < 0 && start > stop) return (start - stop - step - 1) / (-step);
  return 0;
}

Value make_native(std::string name, NativeFn fn) {
  return Value(std::make_shared<NativeFunctionObj>(std::move(name), std::move(fn)));
}

}  // namespace ag::interp
