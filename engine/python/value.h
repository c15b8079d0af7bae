// Runtime values of the cell language. Small values (None, bool, int, float) live inline; the
// rest are reference-counted objects, each knowing its Python class.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "autograd.h"
#include "autograd/saved_variable.h"
#include "python/ast.h"

namespace ag::interp {

struct Object;
struct ClassObj;
using Ref = std::shared_ptr<Object>;
using ClassRef = std::shared_ptr<ClassObj>;

class Value {
 public:
  enum class Tag : uint8_t { None, Bool, Int, Float, Obj };

  Value() = default;
  static Value boolean(bool b) { Value v; v.tag_ = Tag::Bool; v.i_ = b; return v; }
  static Value integer(int64_t i) { Value v; v.tag_ = Tag::Int; v.i_ = i; return v; }
  static Value number(double f) { Value v; v.tag_ = Tag::Float; v.f_ = f; return v; }
  Value(Ref obj) : tag_(obj ? Tag::Obj : Tag::None), obj_(std::move(obj)) {}  // NOLINT

  Tag tag() const { return tag_; }
  bool is_none() const { return tag_ == Tag::None; }
  bool is_bool() const { return tag_ == Tag::Bool; }
  bool is_int() const { return tag_ == Tag::Int; }        // excludes bool
  bool is_float() const { return tag_ == Tag::Float; }
  bool is_number() const { return tag_ == Tag::Bool || tag_ == Tag::Int || tag_ == Tag::Float; }
  bool is_obj() const { return tag_ == Tag::Obj; }

  bool as_bool() const { return i_ != 0; }
  int64_t as_int() const { return i_; }       // also valid for bool
  double as_float() const { return tag_ == Tag::Float ? f_ : static_cast<double>(i_); }
  const Ref& obj() const { return obj_; }
  // Hands over the object reference, leaving None (for iterative destruction, see below).
  Ref take_obj() { tag_ = Tag::None; return std::move(obj_); }
  template <class T>
  T* as() const { return tag_ == Tag::Obj ? dynamic_cast<T*>(obj_.get()) : nullptr; }

 private:
  Tag tag_ = Tag::None;
  union {
    int64_t i_ = 0;
    double f_;
  };
  Ref obj_;
};

using Args = std::vector<Value>;
using Kwargs = std::vector<std::pair<std::string, Value>>;

struct Object : std::enable_shared_from_this<Object> {
  virtual ~Object() = default;
  virtual ClassObj* cls() const = 0;
};

// Attributes stored by name (classes, modules, scopes).
using AttrMap = std::unordered_map<std::string, Value>;

// An instance's attributes in assignment order, as Python's instance __dict__ keeps them
// (vars(obj) and printed objects show that order). Lookup by a hash index.
class OrderedAttrs {
 public:
  using Entry = std::pair<std::string, Value>;
  using iterator = std::vector<Entry>::iterator;
  using const_iterator = std::vector<Entry>::const_iterator;

  iterator begin() { return entries_.begin(); }
  iterator end() { return entries_.end(); }
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }
  size_t size() const { return entries_.size(); }

  iterator find(const std::string& name) {
    auto it = index_.find(name);
    return it == index_.end() ? entries_.end() : entries_.begin() + static_cast<long>(it->second);
  }
  size_t count(const std::string& name) const { return index_.count(name); }
  Value& operator[](const std::string& name) {
    auto it = index_.find(name);
    if (it != index_.end()) return entries_[it->second].second;
    index_[name] = entries_.size();
    entries_.push_back({name, Value()});
    return entries_.back().second;
  }
  size_t erase(const std::string& name) {
    auto it = index_.find(name);
    if (it == index_.end()) return 0;
    entries_.erase(entries_.begin() + static_cast<long>(it->second));
    index_.clear();
    for (size_t i = 0; i < entries_.size(); ++i) index_[entries_[i].first] = i;
    return 1;
  }

 private:
  std::vector<Entry> entries_;
  std::unordered_map<std::string, size_t> index_;
};

// Containers release what they hold through a queue instead of recursively: a structure a
// million levels deep (`a = [a]` in a loop, a linked list of instances) would otherwise be
// destroyed one nested destructor call per level and overflow the C++ stack.
void release_later(Value& v);
void release_pending();
template <class Range>
void release_all(Range& values) {
  for (Value& v : values) release_later(v);
  release_pending();
}

struct ClassObj : Object {
  std::string name;
  std::string module;  // "builtins", "torch", "__main__", ...
  std::vector<ClassRef> bases;
  AttrMap attrs;
  ClassObj* metaclass = nullptr;
  bool user_defined = false;  // made by a class statement (a cell's or a library module's)
  mutable std::vector<ClassObj*> mro_cache;
  ClassObj* cls() const override { return metaclass; }
  // Method resolution along the C3 linearisation (Python's __mro__), computed on first use.
  const Value* lookup(const std::string& attr) const;
  const std::vector<ClassObj*>& mro() const;  // empty only when the bases admit no consistent order
  bool is_subclass_of(const ClassObj* other) const;
  std::string qualified_name() const { return module == "builtins" ? name : module + "." + name; }
};

struct StrObj : Object {
  explicit StrObj(std::string v) : value(std::move(v)) {}
  std::string value;
  ClassObj* cls() const override;
};

struct ListObj : Object {
  ListObj() = default;
  explicit ListObj(std::vector<Value> v) : items(std::move(v)) {}
  ~ListObj() override { release_all(items); }
  std::vector<Value> items;
  // dict.keys()/values()/items() are lists printed as their views: "dict_keys(['a'])".
  const char* view_name = nullptr;
  ClassObj* cls() const override;
};

// tuple, and the tuple-like torch.Size and torch.return_types.max (their class says which).
struct TupleObj : Object {
  TupleObj() = default;
  explicit TupleObj(std::vector<Value> v, ClassObj* c = nullptr) : items(std::move(v)), klass(c) {}
  ~TupleObj() override { release_all(items); }
  std::vector<Value> items;
  ClassObj* klass = nullptr;           // null: plain tuple
  std::vector<std::string> field_names;  // named tuples (torch.return_types.max)
  ClassObj* cls() const override;
};

struct DictObj : Object {
  DictObj() = default;
  explicit DictObj(ClassObj* c) : klass(c) {}
  ~DictObj() override {
    for (auto& [k, v] : items) { release_later(k); release_later(v); }
    release_pending();
  }
  std::vector<std::pair<Value, Value>> items;  // insertion order, as Python's dict
  ClassObj* klass = nullptr;                   // null: dict; else OrderedDict or defaultdict
  Value default_factory;                       // defaultdict's
  ClassObj* cls() const override;
};

struct SetObj : Object {
  ~SetObj() override { release_all(items); }
  std::vector<Value> items;
  ClassObj* cls() const override;
};

struct TensorObj : Object {
  explicit TensorObj(Tensor t, ClassObj* c = nullptr) : tensor(std::move(t)), klass(c) {}
  Tensor tensor;
  ClassObj* klass = nullptr;  // null: torch.Tensor; else a subclass (torch.nn.Parameter)
  ClassObj* cls() const override;
};

class Interpreter;
struct Scope;

struct FunctionObj : Object {
  std::string name;
  std::string qualname;
  std::vector<Parameter>* params = nullptr;  // owned by the AST (kept alive by `source`)
  std::vector<Value> defaults;               // one per parameter (None-tag when absent)
  std::vector<bool> has_default;
  std::shared_ptr<Block> body;               // def
  const Expr* lambda_body = nullptr;         // lambda
  std::shared_ptr<Scope> closure;
  std::shared_ptr<void> source;              // keeps the parsed cell alive
  std::string filename;                      // "<cell 3>", "torch/nn/modules/module.py"
  bool is_generator = false;                 // its body yields
  AttrMap attrs;                             // attributes set on the function object
  ClassObj* defining_class = nullptr;        // for super(): the class whose body defined it
  ClassObj* cls() const override;
};

// super(): attribute lookup that starts after `klass` and binds to `self`.
struct SuperObj : Object {
  SuperObj(ClassObj* k, Value s) : klass(k), self(std::move(s)) {}
  ClassObj* klass;
  Value self;
  ClassObj* cls() const override;
};

using NativeFn = std::function<Value(Interpreter&, Args&, Kwargs&)>;
struct NativeFunctionObj : Object {
  NativeFunctionObj(std::string n, NativeFn f) : name(std::move(n)), fn(std::move(f)) {}
  std::string name;
  NativeFn fn;
  ClassObj* cls() const override;
};

struct BoundMethodObj : Object {
  BoundMethodObj(Value s, Value f) : self(std::move(s)), func(std::move(f)) {}
  Value self, func;
  ClassObj* cls() const override;
};

struct StaticMethodObj : Object {
  explicit StaticMethodObj(Value f) : func(std::move(f)) {}
  Value func;
  ClassObj* cls() const override;
};

struct ClassMethodObj : Object {
  explicit ClassMethodObj(Value f) : func(std::move(f)) {}
  Value func;
  ClassObj* cls() const override;
};

struct PropertyObj : Object {
  explicit PropertyObj(Value f, Value s = Value(), Value d = Value())
      : getter(std::move(f)), setter(std::move(s)), deleter(std::move(d)) {}
  Value getter, setter, deleter;
  std::string name() const;  // the getter's name, for CPython's "property 'x' of 'C' object has no setter"
  ClassObj* cls() const override;
};

struct InstanceObj : Object {
  explicit InstanceObj(ClassRef c) : klass(std::move(c)) {}
  ~InstanceObj() override {
    for (auto& [name, v] : attrs) release_later(v);
    release_pending();
  }
  ClassRef klass;
  OrderedAttrs attrs;
  ClassObj* cls() const override { return klass.get(); }
};

struct ModuleObj : Object {
  explicit ModuleObj(std::string n) : name(std::move(n)) {}
  std::string name;
  AttrMap attrs;
  // Attributes that a library module written in Python provides, loaded on first use:
  // torch.autograd.gradcheck is the function gradcheck of module torch.autograd.gradcheck.
  std::unordered_map<std::string, std::pair<std::string, std::string>> lazy_attrs;  // name -> (module, attr)
  ClassObj* cls() const override;
};

// A grad_fn as Python sees it.
struct NodeObj : Object {
  NodeObj(std::shared_ptr<Node> n, ClassRef c) : node(std::move(n)), klass(std::move(c)) {}
  std::shared_ptr<Node> node;
  ClassRef klass;  // one class per grad_fn name: type(y.grad_fn).__name__ == "MulBackward0"
  ClassObj* cls() const override;
};

struct DtypeObj : Object {
  explicit DtypeObj(DType d) : dtype(d) {}
  DType dtype;
  ClassObj* cls() const override;
};

struct DeviceObj : Object {
  std::string type = "cpu";
  ClassObj* cls() const override;
};

struct SliceObj : Object {
  Value start, stop, step;
  ClassObj* cls() const override;
};

struct EllipsisObj : Object {
  ClassObj* cls() const override;
};

struct RangeObj : Object {
  int64_t start = 0, stop = 0, step = 1;
  int64_t length() const;
  ClassObj* cls() const override;
};

// Iterators over a materialised sequence (lists, tuples, zip, enumerate, ...), or a range.
// An iterator: over items computed up front (iter(list(...)), a Counter's elements), over a
// range, or lazily through `pull` (generators, generator expressions, zip, map, enumerate...),
// which sets `out` and returns true, or returns false once the iterator is exhausted.
struct IteratorObj : Object {
  std::vector<Value> items;
  std::function<bool(Interpreter&, Value& out)> pull;
  bool exhausted = false;      // pull returned false: never call it again
  std::string generator_name;  // set for generators: "Module.parameters"
  const char* type_name = nullptr;  // CPython's name for a built-in iterator: "list_iterator", "zip"
  Value result;                // a generator's return value once it has finished (yield from's value)
  size_t index = 0;
  bool is_range = false;
  int64_t next_int = 0, stop = 0, step = 1;
  ClassObj* cls() const override;
};

// with torch.no_grad() / enable_grad() / set_grad_enabled(b); also usable as a decorator.
struct GradModeObj : Object {
  explicit GradModeObj(bool e, std::string n) : enabled(e), name(std::move(n)) {}
  bool enabled;
  std::string name;
  std::vector<bool> previous;
  ClassObj* cls() const override;
};

// The ctx of a custom torch.autograd.Function.
struct FunctionCtxObj : Object {
  std::vector<Value> saved;               // ctx.save_for_backward, as forward passed them
  // Once apply has given the outputs their node: the same, held as autograd holds saved tensors
  // (an output without its grad_fn, so that ctx and node do not own each other; version checks;
  // freed by backward), unpacked with `node`.
  std::vector<SavedVariable> saved_variables;
  bool saved_as_variables = false;
  std::weak_ptr<Node> node;
  bool materialize_grads = true;          // ctx.set_materialize_grads
  std::vector<Value> saved_for_forward;  // ctx.save_for_forward: what jvp sees as saved_tensors
  std::vector<Value> dirty;               // ctx.mark_dirty: inputs forward modified in place
  std::vector<Value> non_differentiable;  // ctx.mark_non_differentiable
  bool in_jvp = false;
  std::vector<bool> needs_input_grad;
  AttrMap attrs;
  ClassObj* cls() const override;
};

// Value construction helpers.
inline Value none() { return Value(); }
inline Value make_str(std::string s) { return Value(std::make_shared<StrObj>(std::move(s))); }
inline Value make_list(std::vector<Value> v = {}) { return Value(std::make_shared<ListObj>(std::move(v))); }
inline Value make_tuple(std::vector<Value> v = {}) { return Value(std::make_shared<TupleObj>(std::move(v))); }
Value make_native(std::string name, NativeFn fn);

}  // namespace ag::interp
