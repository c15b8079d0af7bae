// Python's iteration protocol: iter(), next(), materialising an iterable, and the lazy
// iterators — generator functions and generator expressions — that run only as far as their
// consumer asks.
//
// A generator's body is run by the same tree-walking evaluator as any function. Its yield
// statement returns Flow::Suspend; each construct it leaves (blocks, loops, if, try, with)
// records where it was (suspend_at), and the next next() walks back down that path
// (resume_point) without evaluating anything until it reaches the yield statement again.
#include "python/interpreter.h"

#include <algorithm>

#include "lib/native/tensor_index.h"

namespace ag::interp {

namespace {

const BuiltinTypes& T() { return builtin_types(); }

}  // namespace

Value Interpreter::lazy_iterator(std::function<bool(Interpreter&, Value&)> pull, const char* type_name) {
  auto it = std::make_shared<IteratorObj>();
  it->pull = std::move(pull);
  it->type_name = type_name;
  return Value(it);
}

Value Interpreter::get_iter(const Value& v) {
  if (v.as<IteratorObj>()) return v;
  if (v.as<ListObj>()) {  // live, by index, as Python's list iterator
    return lazy_iterator([list = v, k = size_t{0}](Interpreter&, Value& out) mutable {
      auto& items = list.as<ListObj>()->items;
      if (k >= items.size()) return false;
      out = items[k++];
      return true;
    }, "list_iterator");
  }
  if (auto* r = v.as<RangeObj>()) {
    auto it = std::make_shared<IteratorObj>();
    it->is_range = true;
    it->next_int = r->start;
    it->stop = r->stop;
    it->step = r->step;
    it->type_name = "range_iterator";
    return Value(it);
  }
  if (auto* inst = v.as<InstanceObj>()) {
    if (const Value* iter = inst->klass->lookup("__iter__")) {
      Value iterator = call(*iter, {v});
      if (iterator.as<IteratorObj>()) return iterator;
      if (auto* i = iterator.as<InstanceObj>(); i && i->klass->lookup("__next__")) return iterator;
      raise(T().type_error, "iter() returned non-iterator of type '" + type_of(iterator)->name + "'");
    }
    if (inst->klass->lookup("__getitem__")) {  // the old sequence protocol: items 0, 1, ... until IndexError
      return lazy_iterator([seq = v, k = int64_t{0}](Interpreter& in, Value& out) mutable {
        try {
          out = in.get_item(seq, Value::integer(k++));
          return true;
        } catch (PyException& e) {
          if (in.is_instance(e.exc, T().index_error.get()) || in.is_instance(e.exc, T().stop_iteration.get())) return false;
          throw;
        }
      });
    }
    raise(T().type_error, "'" + type_of(v)->name + "' object is not iterable");
  }
  auto it = std::make_shared<IteratorObj>();  // tuples, sets, dicts, strings, tensors: a snapshot
  it->items = iterate(v);
  if (v.as<TupleObj>()) it->type_name = "tuple_iterator";
  else if (v.as<SetObj>()) it->type_name = "set_iterator";
  else if (v.as<DictObj>()) it->type_name = "dict_keyiterator";
  else if (auto* s = v.as<StrObj>()) {
    const bool ascii = std::all_of(s->value.begin(), s->value.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    it->type_name = ascii ? "str_ascii_iterator" : "str_iterator";
  }
  return Value(it);
}

bool Interpreter::next_value(const Value& iterator, Value& out) {
  if (auto* it = iterator.as<IteratorObj>()) {
    if (it->pull) {
      if (it->pull(*this, out)) return true;
      it->pull = nullptr;  // exhausted: let go of the generator's frame
      it->exhausted = true;
      return false;
    }
    if (it->is_range) {
      if (it->step > 0 ? it->next_int >= it->stop : it->next_int <= it->stop) return false;
      out = Value::integer(it->next_int);
      it->next_int += it->step;
      return true;
    }
    if (it->index >= it->items.size()) return false;
    out = it->items[it->index++];
    return true;
  }
  if (auto* inst = iterator.as<InstanceObj>()) {
    if (const Value* next = inst->klass->lookup("__next__")) {
      try {
        out = call(*next, {iterator});
        return true;
      } catch (PyException& e) {
        if (is_instance(e.exc, T().stop_iteration.get())) return false;
        throw;
      }
    }
  }
  raise(T().type_error, "'" + type_of(iterator)->name + "' object is not an iterator");
}

std::vector<Value> Interpreter::iterate(const Value& v) {
  if (auto* l = v.as<ListObj>()) return l->items;
  if (auto* t = v.as<TupleObj>()) return t->items;
  if (auto* s = v.as<SetObj>()) return s->items;
  if (auto* d = v.as<DictObj>()) {
    std::vector<Value> keys;
    for (auto& kv : d->items) keys.push_back(kv.first);
    return keys;
  }
  if (auto* s = v.as<StrObj>()) {
    std::vector<Value> chars;
    const std::string& str = s->value;
    for (size_t i = 0; i < str.size();) {
      size_t len = 1;
      const unsigned char c = static_cast<unsigned char>(str[i]);
      if (c >= 0xF0) len = 4;
      else if (c >= 0xE0) len = 3;
      else if (c >= 0xC0) len = 2;
      chars.push_back(make_str(str.substr(i, len)));
      i += len;
    }
    return chars;
  }
  if (auto* r = v.as<RangeObj>()) {
    const int64_t n = r->length();
    if (n > 100000000) raise(T().memory_error, "range too large to materialise");
    std::vector<Value> items;
    items.reserve(static_cast<size_t>(n));
    for (int64_t k = 0; k < n; ++k) items.push_back(Value::integer(r->start + k * r->step));
    return items;
  }
  if (auto* t = v.as<TensorObj>()) {
    if (t->tensor.dim() == 0) raise(T().type_error, "iteration over a 0-d tensor");
    std::vector<Value> rows;
    for (int64_t i = 0; i < t->tensor.size(0); ++i) rows.push_back(wrap(select(t->tensor, 0, i)));
    return rows;
  }
  if (v.as<IteratorObj>() || v.as<InstanceObj>()) {
    Value iterator = get_iter(v);
    std::vector<Value> items;
    Value item;
    while (next_value(iterator, item)) {
      check_interrupt();
      items.push_back(std::move(item));
    }
    return items;
  }
  raise(T().type_error, "'" + type_of(v)->name + "' object is not iterable");
}

// ---- generator functions ------------------------------------------------------------------

ResumePoint* Interpreter::resume_point() {
  GeneratorState& g = *generators_.back();
  if (g.cursor >= g.resume.size()) raise(T().runtime_error, "internal error: a generator lost its place");
  return &g.resume[g.cursor++];
}

Interpreter::Flow Interpreter::suspend_at(ResumePoint p) {
  generators_.back()->unwinding.push_back(std::move(p));
  return Flow::Suspend;
}

// `yield value`, `yield from iterable`, `x = yield value` (the value sent is always None).
Interpreter::Flow Interpreter::exec_yield(const YieldExpr& y, const AssignStmt* assign_to, Scope& scope) {
  if (generators_.empty() || frames_.empty() || frames_.back().scope != generators_.back()->scope.get()) {
    raise(T().syntax_error, "'yield' outside function");
  }
  GeneratorState& g = *generators_.back();
  auto finish = [&] {
    if (assign_to) {
      for (const ExprPtr& t : assign_to->targets) assign(*t, none(), scope);
    }
    return Flow::Normal;
  };
  Value delegate;  // yield from: the iterator being drained
  if (resuming_) {
    delegate = resume_point()->value;
    resuming_ = false;
    if (!y.from) return finish();
  } else if (y.from) {
    delegate = get_iter(eval(*y.value, scope));
  } else {
    g.yielded = y.value ? eval(*y.value, scope) : none();
    return suspend_at(ResumePoint());
  }
  Value item;
  if (!next_value(delegate, item)) {
    if (assign_to) {  // r = yield from gen(): what gen returned
      auto* it = delegate.as<IteratorObj>();
      for (const ExprPtr& t : assign_to->targets) assign(*t, it ? it->result : none(), scope);
    }
    return Flow::Normal;
  }
  g.yielded = std::move(item);
  ResumePoint p;
  p.value = delegate;
  return suspend_at(std::move(p));
}

bool Interpreter::resume_generator(GeneratorState& g, Value& out) {
  if (g.finished) return false;
  if (g.running) raise(T().value_error, "generator already executing");
  auto finish = [&] {
    g.finished = true;
    g.resume.clear();
    g.unwinding.clear();
    g.scope.reset();
  };
  Flow flow;
  {
    FrameGuard frame(*this, *g.function.as<FunctionObj>(), g.scope.get());
    struct Running {  // the generator is on the stack until it yields, returns or raises
      Interpreter& in;
      GeneratorState& g;
      Running(Interpreter& i, GeneratorState& s) : in(i), g(s) {
        in.generators_.push_back(&g);
        g.running = true;
        g.cursor = 0;
        g.unwinding.clear();
        in.resuming_ = !g.resume.empty();
      }
      ~Running() {
        in.resuming_ = false;
        g.running = false;
        in.generators_.pop_back();
      }
    } running(*this, g);
    try {
      flow = exec_block(*g.function.as<FunctionObj>()->body, *g.scope);
    } catch (PyException& e) {
      finish();
      if (is_instance(e.exc, T().stop_iteration.get())) {  // PEP 479
        PyException converted;
        converted.exc = make_exception(T().runtime_error, {make_str("generator raised StopIteration")});
        if (auto* inst = converted.exc.as<InstanceObj>()) inst->attrs["__cause__"] = e.exc;
        converted.trace = e.trace;
        converted.trace.insert(converted.trace.begin(), frame.caller);
        throw converted;
      }
      e.trace.insert(e.trace.begin(), frame.caller);
      throw;
    } catch (...) {
      finish();
      throw;
    }
  }
  if (flow == Flow::Suspend) {
    g.resume.assign(std::make_move_iterator(g.unwinding.rbegin()), std::make_move_iterator(g.unwinding.rend()));
    g.unwinding.clear();
    out = std::move(g.yielded);
    g.yielded = Value();
    return true;
  }
  if (g.iterator) g.iterator->result = flow == Flow::Return ? return_value_ : none();
  return_value_ = none();
  finish();
  return false;
}

// ---- generator expressions ----------------------------------------------------------------

// (element for target in iterable if condition ...): the first iterable is evaluated now, as
// Python does; the loops run one item at a time as the consumer pulls.
Value Interpreter::generator_expression(const ListCompExpr& c, Scope& scope) {
  auto inner = std::make_shared<Scope>();
  inner->parent = scope.shared_from_this();
  struct Loops {
    std::vector<Value> iterators;  // one per `for` clause
    int depth = 0;                 // the innermost clause with a live iterator
  };
  auto loops = std::make_shared<Loops>();
  loops->iterators.resize(c.generators.size());
  loops->iterators[0] = get_iter(eval(*c.generators[0].iter, scope));
  // The expression lives in the parsed source of the function (or cell) that wrote it.
  std::shared_ptr<void> source = frames_.empty() ? source_ : frames_.back().function->source;
  Value it = lazy_iterator([this, loops, inner, source, expr = &c](Interpreter&, Value& out) {
    const auto& clauses = expr->generators;
    const int last = static_cast<int>(clauses.size()) - 1;
    int& d = loops->depth;
    while (d >= 0) {
      Value item;
      if (!next_value(loops->iterators[d], item)) {
        loops->iterators[d] = Value();
        --d;
        continue;
      }
      check_interrupt();
      assign(*clauses[d].target, item, *inner);
      bool passes = true;
      for (const ExprPtr& cond : clauses[d].conditions) {
        if (!truthy(eval(*cond, *inner))) {
          passes = false;
          break;
        }
      }
      if (!passes) continue;
      if (d == last) {
        out = eval(*expr->element, *inner);
        return true;
      }
      ++d;
      loops->iterators[d] = get_iter(eval(*clauses[d].iter, *inner));
    }
    return false;
  });
  it.as<IteratorObj>()->generator_name = "<genexpr>";
  return it;
}

}  // namespace ag::interp
