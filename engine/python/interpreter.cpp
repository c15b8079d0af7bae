#include "python/interpreter.h"
#include "python/python_library.h"

#include <algorithm>

#if !defined(__EMSCRIPTEN__)
#include <sys/resource.h>
#endif

#include "python/parser.h"
#include "python/syntax_error.h"

namespace ag::interp {

namespace {

const BuiltinTypes& T() { return builtin_types(); }

}  // namespace

Interpreter::Interpreter() : globals_(std::make_shared<Scope>()) {
  // One torch.dtype object per DType, indexed by its enum value.
  for (int d = 0; d <= static_cast<int>(DType::Float64); ++d) {
    dtype_values_.push_back(Value(std::make_shared<DtypeObj>(static_cast<DType>(d))));
  }
  install_builtins(*this);
  install_modules(*this);
  globals_->vars["__name__"] = make_str("__main__");
}

Interpreter::~Interpreter() {
  // Break reference cycles between scopes and the functions defined in them. Values are
  // moved out before they die so that destructors never see a half-cleared map.
  AttrMap doomed = std::move(globals_->vars);
  globals_->vars.clear();
  doomed.clear();
  for (auto& weak : captured_scopes_) {
    if (auto scope = weak.lock()) {
      AttrMap vars = std::move(scope->vars);
      scope->vars.clear();
      scope->parent.reset();
    }
  }
}

// Python's recursion limit counts frames, but our frames' native size varies (sanitizers make
// them several times larger), so we also stop before the C++ stack itself runs out.
bool Interpreter::native_stack_exhausted() const {
#if defined(__EMSCRIPTEN__)
  return false;  // the wasm build relies on its lower recursion limit (see wasm/bindings.cpp)
#else
  static const std::ptrdiff_t budget = [] {
    rlimit limit{};
    std::ptrdiff_t bytes = 8 << 20;
    if (getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
      bytes = static_cast<std::ptrdiff_t>(std::min<rlim_t>(limit.rlim_cur, rlim_t{64} << 20));
    }
    return bytes / 4 * 3;
  }();
  char here;
  return stack_base_ && stack_base_ - &here > budget;
#endif
}

const Value& Interpreter::dtype_value(DType d) { return dtype_values_[static_cast<size_t>(d)]; }

void Interpreter::run(const std::string& source, const std::string& filename) {
  filename_ = filename;
  auto module = std::make_shared<Module>(parse(source));
  source_ = module;
  depth_ = 0;
  repr_depth_ = 0;
  char base;
  stack_base_ = &base;
  function_stack_.clear();
  frames_.clear();
  call_sites_.clear();
  handling_.clear();
  Flow flow = exec_block(module->body, *globals_);
  (void)flow;
}

void Interpreter::check_interrupt() {
  if (interrupt_hook) interrupt_hook();
}

// ---- exceptions ---------------------------------------------------------------------------

Value Interpreter::make_exception(const ClassRef& cls, Args args) {
  auto inst = std::make_shared<InstanceObj>(cls);
  inst->attrs["args"] = make_tuple(std::move(args));
  return Value(inst);
}

void Interpreter::raise(const ClassRef& cls, const std::string& message) {
  PyException e;
  e.exc = make_exception(cls, {make_str(message)});
  e.trace.push_back({filename_, line_, function_stack_.empty() ? "<module>" : function_stack_.back()});
  throw e;
}

void Interpreter::raise_with(const ClassRef& cls, Args args) {
  PyException e;
  e.exc = make_exception(cls, std::move(args));
  e.trace.push_back({filename_, line_, function_stack_.empty() ? "<module>" : function_stack_.back()});
  throw e;
}

void Interpreter::raise(const std::string& class_name, const std::string& message) {
  ClassRef cls = exception_class(class_name);
  raise(cls ? cls : T().runtime_error, message);
}

// ---- statements ---------------------------------------------------------------------------

Interpreter::Flow Interpreter::exec_block(const Block& block, Scope& scope) {
  size_t k = resuming_ ? static_cast<size_t>(resume_point()->index) : 0;
  for (; k < block.size(); ++k) {
    Flow f = exec(*block[k], scope);
    if (f != Flow::Normal) {
      if (f == Flow::Suspend) suspend_at(ResumePoint(static_cast<int64_t>(k)));
      return f;
    }
  }
  return Flow::Normal;
}

Interpreter::Flow Interpreter::exec(const Stmt& s, Scope& scope) {
  line_ = s.pos.line;
  try {
    return exec_inner(s, scope);
  } catch (const Error& e) {
    line_ = s.pos.line;
    ClassRef cls = exception_class(e.type_name());
    raise(cls ? cls : T().runtime_error, e.what());
  } catch (const std::bad_alloc&) {
    line_ = s.pos.line;
    raise(T().memory_error, "");
  } catch (const std::length_error&) {
    line_ = s.pos.line;
    raise(T().memory_error, "");
  } catch (const CellInterrupted&) {
    throw;
  } catch (const PyException&) {
    throw;
  } catch (const std::exception& e) {
    // A bug of ours, not the user's: report it as Python would report a broken builtin and
    // keep the session, rather than let a C++ exception take the page down.
    line_ = s.pos.line;
    raise(T().runtime_error, std::string("internal error: ") + e.what());
  }
}

Interpreter::Flow Interpreter::exec_inner(const Stmt& s, Scope& scope) {
  switch (s.kind) {
    case StmtKind::Expr: {
      const Expr& e = *static_cast<const ExprStmt&>(s).value;
      if (e.kind == ExprKind::Yield) return exec_yield(static_cast<const YieldExpr&>(e), nullptr, scope);
      eval(e, scope);
      return Flow::Normal;
    }
    case StmtKind::Assign: {
      const auto& a = static_cast<const AssignStmt&>(s);
      if (a.value->kind == ExprKind::Yield) return exec_yield(static_cast<const YieldExpr&>(*a.value), &a, scope);
      Value v = eval(*a.value, scope);
      for (const ExprPtr& t : a.targets) assign(*t, v, scope);
      return Flow::Normal;
    }
    case StmtKind::AugAssign: {
      const auto& a = static_cast<const AugAssignStmt&>(s);
      const Expr& target = *a.target;
      if (target.kind == ExprKind::Name) {
        const auto& name = static_cast<const NameExpr&>(target);
        Value current = lookup(name.name, scope, target.pos);
        Value rhs = eval(*a.value, scope);
        bind_name(name.name, inplace_binary(a.op, current, rhs), scope);
      } else if (target.kind == ExprKind::Attribute) {
        const auto& at = static_cast<const AttributeExpr&>(target);
        Value obj = eval(*at.object, scope);
        Value current = get_attr(obj, at.attr);
        Value rhs = eval(*a.value, scope);
        set_attr(obj, at.attr, inplace_binary(a.op, current, rhs));
      } else {
        const auto& sub = static_cast<const SubscriptExpr&>(target);
        Value obj = eval(*sub.object, scope);
        Value index = eval(*sub.index, scope);
        Value current = get_item(obj, index);
        Value rhs = eval(*a.value, scope);
        set_item(obj, index, inplace_binary(a.op, current, rhs));
      }
      return Flow::Normal;
    }
    case StmtKind::If: {
      const auto& i = static_cast<const IfStmt&>(s);
      const int64_t branch = resuming_ ? resume_point()->index : truthy(eval(*i.test, scope)) ? 0 : 1;
      Flow f = exec_block(branch == 0 ? i.body : i.orelse, scope);
      if (f == Flow::Suspend) suspend_at(ResumePoint(branch));
      return f;
    }
    case StmtKind::While: {
      const auto& w = static_cast<const WhileStmt&>(s);
      // Resuming a generator inside the loop: go straight back into the body (part 0) or else (1).
      int64_t part = resuming_ ? resume_point()->index : -1;
      auto run_else = [&] {
        Flow f = exec_block(w.orelse, scope);
        if (f == Flow::Suspend) suspend_at(ResumePoint(1));
        return f;
      };
      if (part == 1) return run_else();
      while (true) {
        if (part != 0) {
          check_interrupt();
          line_ = s.pos.line;
          if (!truthy(eval(*w.test, scope))) return run_else();
        }
        part = -1;
        Flow f = exec_block(w.body, scope);
        if (f == Flow::Suspend) return suspend_at(ResumePoint(0));
        if (f == Flow::Break) return Flow::Normal;
        if (f == Flow::Return) return f;
      }
    }
    case StmtKind::For:
      return exec_for(static_cast<const ForStmt&>(s), scope);
    case StmtKind::Break:
      return Flow::Break;
    case StmtKind::Continue:
      return Flow::Continue;
    case StmtKind::Pass:
      return Flow::Normal;
    case StmtKind::Return: {
      const auto& r = static_cast<const ReturnStmt&>(s);
      return_value_ = r.value ? eval(*r.value, scope) : none();
      return Flow::Return;
    }
    case StmtKind::FunctionDef: {
      const auto& def = static_cast<const FunctionDefStmt&>(s);
      Value f = make_function(def, scope);
      bind_name(def.name, apply_decorators(def.decorators, f, scope), scope);
      return Flow::Normal;
    }
    case StmtKind::ClassDef: {
      const auto& def = static_cast<const ClassDefStmt&>(s);
      Value c = make_class(def, scope);
      bind_name(def.name, apply_decorators(def.decorators, c, scope), scope);
      return Flow::Normal;
    }
    case StmtKind::Import:
      exec_import(static_cast<const ImportStmt&>(s), scope);
      return Flow::Normal;
    case StmtKind::ImportFrom:
      exec_import_from(static_cast<const ImportFromStmt&>(s), scope);
      return Flow::Normal;
    case StmtKind::With:
      return exec_with(static_cast<const WithStmt&>(s), 0, scope);
    case StmtKind::Try:
      return exec_try(static_cast<const TryStmt&>(s), scope);
    case StmtKind::Raise: {
      const auto& r = static_cast<const RaiseStmt&>(s);
      if (!r.exc) {
        if (handling_.empty()) raise(T().runtime_error, "No active exception to reraise");
        PyException e;
        e.exc = handling_.back();
        e.trace.push_back({filename_, line_, function_stack_.empty() ? "<module>" : function_stack_.back()});
        throw e;
      }
      Value v = eval(*r.exc, scope);
      if (auto* c = v.as<ClassObj>()) {
        if (!c->is_subclass_of(T().base_exception.get())) raise(T().type_error, "exceptions must derive from BaseException");
        Args none_args;
        Kwargs none_kwargs;
        v = call(v, none_args, none_kwargs);
      }
      if (!is_instance(v, T().base_exception.get())) raise(T().type_error, "exceptions must derive from BaseException");
      // __cause__ from `raise ... from x`, __context__ from the exception being handled.
      if (auto* inst = v.as<InstanceObj>()) {
        if (r.cause) {
          Value cause = eval(*r.cause, scope);
          if (cause.as<ClassObj>()) cause = call(cause, {});
          inst->attrs["__cause__"] = cause;
          inst->attrs["__suppress_context__"] = Value::boolean(true);
        }
        if (!handling_.empty() && handling_.back().obj() != v.obj() && !inst->attrs.count("__context__")) {
          inst->attrs["__context__"] = handling_.back();
        }
      }
      PyException e;
      e.exc = v;
      e.trace.push_back({filename_, line_, function_stack_.empty() ? "<module>" : function_stack_.back()});
      throw e;
    }
    case StmtKind::Assert: {
      const auto& a = static_cast<const AssertStmt&>(s);
      if (!truthy(eval(*a.test, scope))) {
        Args args;
        if (a.msg) args.push_back(eval(*a.msg, scope));
        PyException e;
        e.exc = make_exception(T().assertion_error, args);
        e.trace.push_back({filename_, line_, function_stack_.empty() ? "<module>" : function_stack_.back()});
        throw e;
      }
      return Flow::Normal;
    }
    case StmtKind::Global:
      for (const auto& n : static_cast<const NamesStmt&>(s).names) scope.global_names.insert(n);
      return Flow::Normal;
    case StmtKind::Nonlocal:
      for (const auto& n : static_cast<const NamesStmt&>(s).names) scope.nonlocal_names.insert(n);
      return Flow::Normal;
    case StmtKind::Delete:
      for (const ExprPtr& t : static_cast<const DeleteStmt&>(s).targets) delete_target(*t, scope);
      return Flow::Normal;
    case StmtKind::AnnAssign:
      return Flow::Normal;
  }
  return Flow::Normal;
}

Interpreter::Flow Interpreter::exec_for(const ForStmt& s, Scope& scope) {
  // A generator resuming inside this loop gets back its iterable (or iterator) and position;
  // position -1 means it stopped in the else block.
  bool resumed = false;
  int64_t k = 0;
  Value iterable;
  if (resuming_) {
    ResumePoint* p = resume_point();
    resumed = true;
    k = p->index;
    iterable = p->value;
  } else {
    iterable = eval(*s.iter, scope);
  }
  auto run_else = [&] {
    Flow f = exec_block(s.orelse, scope);
    if (f == Flow::Suspend) {
      ResumePoint p;
      p.index = -1;
      suspend_at(std::move(p));
    }
    return f;
  };
  if (resumed && k < 0) return run_else();
  // The body with `item` bound (or, resuming, without: it is bound already).
  auto loop_body = [&](const Value* item, int64_t position) -> std::optional<Flow> {
    if (item) {
      check_interrupt();
      line_ = s.pos.line;
      assign(*s.target, *item, scope);
    }
    Flow f = exec_block(s.body, scope);
    if (f == Flow::Suspend) {
      ResumePoint p;
      p.index = position;
      p.value = iterable;
      return suspend_at(std::move(p));
    }
    if (f == Flow::Break) return Flow::Normal;
    if (f == Flow::Return) return f;
    return std::nullopt;
  };
  if (auto* r = iterable.as<RangeObj>()) {  // by position: range(10**9) must not allocate
    if (resumed) {
      if (auto f = loop_body(nullptr, k)) return *f;
      ++k;
    }
    for (const int64_t n = r->length(); k < n; ++k) {
      Value item = Value::integer(r->start + k * r->step);
      if (auto f = loop_body(&item, k)) return *f;
    }
    return run_else();
  }
  if (auto* list = iterable.as<ListObj>()) {  // live, as Python iterates lists by index
    if (resumed) {
      if (auto f = loop_body(nullptr, k)) return *f;
      ++k;
    }
    for (; static_cast<size_t>(k) < list->items.size(); ++k) {
      Value item = list->items[static_cast<size_t>(k)];
      if (auto f = loop_body(&item, k)) return *f;
    }
    return run_else();
  }
  if (resumed) {
    if (auto f = loop_body(nullptr, 0)) return *f;
  } else {
    iterable = get_iter(iterable);
  }
  Value item;
  while ((line_ = s.pos.line, next_value(iterable, item))) {  // an error pulling is the for line's
    if (auto f = loop_body(&item, 0)) return *f;
  }
  return run_else();
}

// The parts of a try statement, for a generator that stops inside one.
namespace {
constexpr int64_t kTryBody = 0, kTryElse = -1, kTryFinally = -2;  // handler h is part h + 1
}

Interpreter::Flow Interpreter::exec_try(const TryStmt& s, Scope& scope) {
  int64_t part = kTryBody;
  Value handled;                       // the exception the running handler handles
  Flow after = Flow::Normal;           // how the statement ends once finally has run
  Value after_return;                  // return_value_ when `after` is Return
  std::shared_ptr<PyException> pending;  // raised and not handled: rethrown after finally
  if (resuming_) {
    ResumePoint* p = resume_point();
    part = p->index;
    handled = p->value;
    after_return = p->value2;
    pending = p->exception;
    if (part == kTryFinally) after = static_cast<Flow>(handled.as_int());
  }
  auto suspend = [&](int64_t at) {
    ResumePoint p;
    p.index = at;
    p.value = at == kTryFinally ? Value::integer(static_cast<int64_t>(after)) : handled;
    p.value2 = after_return;
    p.exception = pending;
    return suspend_at(std::move(p));
  };
  Flow flow = Flow::Normal;
  if (part == kTryBody) {
    try {
      flow = exec_block(s.body, scope);
    } catch (PyException& e) {
      pending = std::make_shared<PyException>(std::move(e));
    }
    if (flow == Flow::Suspend) return suspend(kTryBody);
    part = flow == Flow::Normal && !pending ? kTryElse : kTryFinally;
    after = flow;
    if (pending) {
      const InstanceObj* exc = pending->exc.as<InstanceObj>();
      for (size_t h = 0; h < s.handlers.size() && part == kTryFinally; ++h) {
        const ExceptHandler& handler = s.handlers[h];
        bool match = !handler.type;
        if (!match) {
          Value type = eval(*handler.type, scope);
          std::vector<Value> candidates;
          if (auto* t = type.as<TupleObj>()) candidates = t->items;
          else candidates.push_back(type);
          for (const Value& c : candidates) {
            auto* cls = c.as<ClassObj>();
            if (!cls) raise(T().type_error, "catching classes that do not inherit from BaseException is not allowed");
            if (exc && exc->klass->is_subclass_of(cls)) match = true;
          }
        }
        if (match) {
          part = static_cast<int64_t>(h) + 1;
          handled = pending->exc;
          pending.reset();
          if (!handler.name.empty()) bind_name(handler.name, handled, scope);
        }
      }
    }
  }
  if (part >= 1) {
    const ExceptHandler& handler = s.handlers[static_cast<size_t>(part - 1)];
    handling_.push_back(handled);
    struct PopHandling {
      std::vector<Value>& stack;
      ~PopHandling() { stack.pop_back(); }
    } pop{handling_};
    try {
      flow = exec_block(handler.body, scope);
    } catch (PyException& e) {
      pending = std::make_shared<PyException>(std::move(e));
    }
    if (flow == Flow::Suspend) return suspend(part);
    if (!handler.name.empty()) scope.vars.erase(handler.name);
    after = flow;
    part = kTryFinally;
  }
  if (part == kTryElse) {
    try {
      flow = exec_block(s.orelse, scope);
    } catch (PyException& e) {
      pending = std::make_shared<PyException>(std::move(e));
    }
    if (flow == Flow::Suspend) return suspend(kTryElse);
    after = flow;
    part = kTryFinally;
  }
  if (!s.finalbody.empty()) {
    if (!resuming_ && after == Flow::Return) after_return = return_value_;
    Flow f = exec_block(s.finalbody, scope);
    if (f == Flow::Suspend) return suspend(kTryFinally);
    if (f != Flow::Normal) return f;  // break, continue or return in finally wins, even over an exception
    if (after == Flow::Return) return_value_ = after_return;
  }
  if (pending) throw PyException(*pending);
  return after;
}

Interpreter::Flow Interpreter::exec_with(const WithStmt& s, size_t item, Scope& scope) {
  if (item == s.items.size()) return exec_block(s.body, scope);
  const WithItem& w = s.items[item];
  // A generator resuming inside the block gets back the manager (and its __exit__) it entered.
  const bool resumed = resuming_;
  Value ctx, exit;
  if (resumed) {
    ResumePoint* p = resume_point();
    ctx = p->value;
    exit = p->value2;
  } else {
    ctx = eval(*w.context, scope);
  }
  auto suspend = [&] {
    ResumePoint p;
    p.value = ctx;
    p.value2 = exit;
    return suspend_at(std::move(p));
  };
  if (auto* g = ctx.as<GradModeObj>()) {
    // A suspended generator leaves the grad mode it set (the guard restores the caller's);
    // resuming sets it again.
    GradModeGuard guard(g->enabled);
    if (!resumed && w.target) assign(*w.target, none(), scope);
    Flow f = exec_with(s, item + 1, scope);
    return f == Flow::Suspend ? suspend() : f;
  }
  // A user context manager: __enter__ / __exit__.
  if (!resumed) {
    Value enter = get_attr(ctx, "__enter__");
    exit = get_attr(ctx, "__exit__");
    Value entered = call(enter, {});
    if (w.target) assign(*w.target, entered, scope);
  }
  Flow flow;
  try {
    flow = exec_with(s, item + 1, scope);
  } catch (PyException& e) {
    Value suppress = call(exit, {Value(e.exc.as<InstanceObj>()->klass), e.exc, none()});
    if (truthy(suppress)) return Flow::Normal;
    throw;
  }
  if (flow == Flow::Suspend) return suspend();
  // `return x` inside the block: __exit__ runs after x was evaluated and must not replace it.
  Value returning = return_value_;
  call(exit, {none(), none(), none()});
  return_value_ = returning;
  return flow;
}

void Interpreter::exec_import(const ImportStmt& s, Scope& scope) {
  for (const ImportName& n : s.names) {
    Value module = import_module(n.name, s.pos.line);
    if (!n.alias.empty()) {
      bind_name(n.alias, module, scope);
    } else {
      const std::string top = n.name.substr(0, n.name.find('.'));
      bind_name(top, import_module(top, s.pos.line), scope);
    }
  }
}

void Interpreter::exec_import_from(const ImportFromStmt& s, Scope& scope) {
  Value module = import_module(s.module, s.pos.line);
  auto* m = module.as<ModuleObj>();
  for (const ImportName& n : s.names) {
    if (n.name == "*") {
      for (const auto& [k, v] : m->attrs) {
        if (!k.empty() && k[0] != '_') bind_name(k, v, scope);
      }
      continue;
    }
    auto it = m->attrs.find(n.name);
    Value v;
    if (it != m->attrs.end()) {
      v = it->second;
    } else if (auto lazy = lazy_module_attr(*m, n.name)) {
      v = *lazy;
    } else {
      auto sub = modules_.find(s.module + "." + n.name);
      if (sub != modules_.end()) {
        v = sub->second;
      } else if (find_embedded_module(s.module + "." + n.name)) {  // from package import submodule
        v = load_library_module(s.module + "." + n.name);
      } else {
        raise(T().import_error, "cannot import name '" + n.name + "' from '" + s.module + "'");
      }
    }
    bind_name(n.alias.empty() ? n.name : n.alias, v, scope);
  }
}

Value Interpreter::import_module(const std::string& dotted, int line) {
  auto it = modules_.find(dotted);
  if (it != modules_.end()) return it->second;
  line_ = line;
  // Packages first (torch.nn before torch.nn.modules), loading the built-in Python ones.
  for (size_t dot = dotted.find('.'); ; dot = dotted.find('.', dot + 1)) {
    const std::string prefix = dotted.substr(0, dot);
    if (!modules_.count(prefix) && find_embedded_module(prefix)) load_library_module(prefix);
    if (dot == std::string::npos) break;
  }
  it = modules_.find(dotted);
  if (it != modules_.end()) return it->second;
  std::string missing = dotted;
  // Report the first missing component, as CPython does.
  size_t dot = 0;
  while ((dot = dotted.find('.', dot + 1)) != std::string::npos) {
    if (!modules_.count(dotted.substr(0, dot))) {
      missing = dotted.substr(0, dot);
      break;
    }
  }
  const std::string top = dotted.substr(0, dotted.find('.'));
  if (modules_.count(top) && missing == dotted) {
    raise(T().module_not_found_error, "No module named '" + dotted + "'");
  }
  raise(T().module_not_found_error, "No module named '" + missing + "'");
}

std::optional<Value> Interpreter::lazy_module_attr(ModuleObj& m, const std::string& name) {
  auto it = m.lazy_attrs.find(name);
  if (it == m.lazy_attrs.end()) return std::nullopt;
  const auto [module, attr] = it->second;
  m.lazy_attrs.erase(it);
  Value source = modules_.count(module) ? modules_[module] : load_library_module(module);
  Value v = get_attr(source, attr);
  m.attrs[name] = v;
  return v;
}

Value Interpreter::load_library_module(const std::string& name) {
  const EmbeddedModule* source = find_embedded_module(name);
  auto module = std::make_shared<ModuleObj>(name);
  Value result(module);
  auto scope = std::make_shared<Scope>();
  scope->vars["__name__"] = make_str(name);
  auto parsed = std::make_shared<Module>(parse(source->source));
  std::string saved_file = std::move(filename_);
  std::shared_ptr<void> saved_source = std::move(source_);
  const int saved_line = line_;
  filename_ = source->path;
  source_ = parsed;
  modules_[name] = result;  // visible while it runs, as in CPython (submodules import it)
  auto restore = [&] {
    filename_ = std::move(saved_file);
    source_ = std::move(saved_source);
    line_ = saved_line;
  };
  try {
    exec_block(parsed->body, *scope);
  } catch (PyException& e) {
    modules_.erase(name);
    restore();
    // The import statement is a frame of the traceback too.
    e.trace.insert(e.trace.begin(), {filename_, line_, function_stack_.empty() ? "<module>" : function_stack_.back()});
    throw;
  } catch (...) {
    modules_.erase(name);
    restore();
    throw;
  }
  restore();
  module->attrs = scope->vars;
  return result;
}

// ---- names and assignment -----------------------------------------------------------------

Value Interpreter::lookup(const std::string& name, Scope& scope, const Pos& pos) {
  Scope* s = &scope;
  // (the emptiness checks skip hashing the name for the sets that are almost always empty)
  if (!scope.global_names.empty() && scope.global_names.count(name)) s = &global_scope_of(scope);
  for (; s; s = s->parent.get()) {
    auto it = s->vars.find(name);
    if (it != s->vars.end()) return it->second;
  }
  if (scope.parent || &scope != globals_.get()) {
    auto it = globals_->vars.find(name);
    if (it != globals_->vars.end()) return it->second;
  }
  auto b = builtins_.find(name);
  if (b != builtins_.end()) return b->second;
  line_ = pos.line;
  raise(T().name_error, "name '" + name + "' is not defined");
}

// What `global` means in this scope: a library module's own scope (it holds __name__), else the
// cell's globals.
Scope& Interpreter::global_scope_of(Scope& scope) {
  Scope* s = &scope;
  while (s->parent) s = s->parent.get();
  if (s != globals_.get() && s->vars.count("__name__")) return *s;
  return *globals_;
}

void Interpreter::bind_name(const std::string& name, const Value& value, Scope& scope) {
  if (!scope.global_names.empty() && scope.global_names.count(name)) {
    global_scope_of(scope).vars[name] = value;
    return;
  }
  if (!scope.nonlocal_names.empty() && scope.nonlocal_names.count(name)) {
    for (Scope* s = scope.parent.get(); s; s = s->parent.get()) {
      auto it = s->vars.find(name);
      if (it != s->vars.end()) {
        it->second = value;
        return;
      }
    }
  }
  scope.vars[name] = value;
}

void Interpreter::assign(const Expr& target, const Value& value, Scope& scope) {
  switch (target.kind) {
    case ExprKind::Name:
      bind_name(static_cast<const NameExpr&>(target).name, value, scope);
      return;
    case ExprKind::Attribute: {
      const auto& a = static_cast<const AttributeExpr&>(target);
      set_attr(eval(*a.object, scope), a.attr, value);
      return;
    }
    case ExprKind::Subscript: {
      const auto& s = static_cast<const SubscriptExpr&>(target);
      Value obj = eval(*s.object, scope);
      set_item(obj, eval(*s.index, scope), value);
      return;
    }
    case ExprKind::Tuple:
    case ExprKind::List: {
      const auto& elements = static_cast<const SequenceExpr&>(target).elements;
      if (value.is_number() || value.is_none()) {
        raise(T().type_error, "cannot unpack non-iterable " + type_of(value)->name + " object");
      }
      std::vector<Value> items = iterate(value);
      size_t star = elements.size();
      for (size_t i = 0; i < elements.size(); ++i) {
        if (elements[i]->kind == ExprKind::Starred) star = i;
      }
      if (star == elements.size()) {
        if (items.size() > elements.size()) {
          raise(T().value_error, "too many values to unpack (expected " + std::to_string(elements.size()) + ")");
        }
        if (items.size() < elements.size()) {
          raise(T().value_error, "not enough values to unpack (expected " + std::to_string(elements.size()) +
                                     ", got " + std::to_string(items.size()) + ")");
        }
        for (size_t i = 0; i < items.size(); ++i) assign(*elements[i], items[i], scope);
        return;
      }
      const size_t after = elements.size() - star - 1;
      if (items.size() < elements.size() - 1) {
        raise(T().value_error, "not enough values to unpack (expected at least " +
                                   std::to_string(elements.size() - 1) + ", got " + std::to_string(items.size()) + ")");
      }
      for (size_t i = 0; i < star; ++i) assign(*elements[i], items[i], scope);
      std::vector<Value> rest(items.begin() + static_cast<long>(star), items.end() - static_cast<long>(after));
      assign(*static_cast<const StarredExpr&>(*elements[star]).value, make_list(rest), scope);
      for (size_t i = 0; i < after; ++i) assign(*elements[star + 1 + i], items[items.size() - after + i], scope);
      return;
    }
    case ExprKind::Starred:
      assign(*static_cast<const StarredExpr&>(target).value, value, scope);
      return;
    default:
      raise(T().syntax_error, "cannot assign to expression");
  }
}

void Interpreter::delete_target(const Expr& target, Scope& scope) {
  if (target.kind == ExprKind::Name) {
    const auto& n = static_cast<const NameExpr&>(target);
    if (!scope.vars.erase(n.name)) raise(T().name_error, "name '" + n.name + "' is not defined");
    return;
  }
  if (target.kind == ExprKind::Subscript) {
    const auto& s = static_cast<const SubscriptExpr&>(target);
    Value obj = eval(*s.object, scope);
    Value index = eval(*s.index, scope);
    if (auto* l = obj.as<ListObj>()) {
      if (!index.is_int() && !index.is_bool()) raise(T().type_error, "list indices must be integers or slices, not " + type_of(index)->name);
      int64_t i = index.as_int();
      const int64_t n = static_cast<int64_t>(l->items.size());
      if (i < 0) i += n;
      if (i < 0 || i >= n) raise(T().index_error, "list assignment index out of range");
      l->items.erase(l->items.begin() + i);
      return;
    }
    if (auto* d = obj.as<DictObj>()) {
      for (auto it = d->items.begin(); it != d->items.end(); ++it) {
        if (equals(it->first, index)) {
          d->items.erase(it);
          return;
        }
      }
      raise_with(T().key_error, {index});
    }
    if (auto* inst = obj.as<InstanceObj>()) {
      if (const Value* m = inst->klass->lookup("__delitem__")) {
        call(*m, {obj, index});
        return;
      }
      raise(T().type_error, "'" + inst->klass->name + "' object doesn't support item deletion");
    }
  }
  if (target.kind == ExprKind::Tuple) {
    for (const ExprPtr& e : static_cast<const SequenceExpr&>(target).elements) delete_target(*e, scope);
    return;
  }
  if (target.kind == ExprKind::Attribute) {
    const auto& a = static_cast<const AttributeExpr&>(target);
    Value obj = eval(*a.object, scope);
    line_ = target.pos.line;
    del_attr(obj, a.attr);
    return;
  }
  raise(T().syntax_error, "cannot delete expression");
}

// ---- functions and classes ----------------------------------------------------------------

// Functions defined at top level reach globals directly instead of holding them, so the
// session's globals and its functions do not keep each other alive.
std::shared_ptr<Scope> Interpreter::closure_of(Scope& scope) {
  if (&scope == globals_.get()) return nullptr;
  if (!scope.captured) {
    scope.captured = true;
    if (captured_scopes_.size() >= captured_prune_at_) {
      captured_scopes_.erase(std::remove_if(captured_scopes_.begin(), captured_scopes_.end(),
                                            [](const auto& w) { return w.expired(); }),
                             captured_scopes_.end());
      captured_prune_at_ = std::max<size_t>(64, 2 * captured_scopes_.size());
    }
    captured_scopes_.push_back(scope.weak_from_this());
  }
  return scope.shared_from_this();
}

Value Interpreter::make_function(const FunctionDefStmt& def, Scope& scope) {
  auto f = std::make_shared<FunctionObj>();
  f->name = def.name;
  f->qualname = def.name;
  f->params = const_cast<std::vector<Parameter>*>(&def.params);
  for (const Parameter& p : def.params) {
    f->has_default.push_back(p.default_value != nullptr);
    f->defaults.push_back(p.default_value ? eval(*p.default_value, scope) : none());
  }
  f->body = def.body;
  f->is_generator = def.is_generator;
  // Methods see the scope around the class, not the class body (Python's scoping rule).
  f->closure = closure_of(scope.is_class_body ? *scope.parent : scope);
  f->source = source_;
  f->filename = filename_;
  return Value(f);
}

Value Interpreter::make_lambda(const LambdaExpr& l, Scope& scope) {
  auto f = std::make_shared<FunctionObj>();
  f->name = "<lambda>";
  f->qualname = "<lambda>";
  f->params = const_cast<std::vector<Parameter>*>(&l.params);
  for (const Parameter& p : l.params) {
    f->has_default.push_back(p.default_value != nullptr);
    f->defaults.push_back(p.default_value ? eval(*p.default_value, scope) : none());
  }
  f->lambda_body = l.body.get();
  f->closure = closure_of(scope);
  f->source = source_;
  f->filename = filename_;
  return Value(f);
}

Value Interpreter::apply_decorators(const std::vector<ExprPtr>& decorators, Value v, Scope& scope) {
  for (auto it = decorators.rbegin(); it != decorators.rend(); ++it) {
    Value d = eval(**it, scope);
    v = call(d, {v});
  }
  return v;
}

// The module a class statement runs in: a library module's scope holds __name__.
static std::string module_name_of(const Scope& scope) {
  const Scope* s = &scope;
  while (s->parent) s = s->parent.get();
  auto it = s->vars.find("__name__");
  if (it != s->vars.end() && it->second.as<StrObj>()) return it->second.as<StrObj>()->value;
  return "__main__";
}

Value Interpreter::make_class(const ClassDefStmt& def, Scope& scope) {
  auto cls = std::make_shared<ClassObj>();
  cls->name = def.name;
  cls->module = module_name_of(scope);
  cls->user_defined = true;
  cls->metaclass = T().type.get();
  for (const ExprPtr& b : def.bases) {
    Value base = eval(*b, scope);
    auto* c = base.as<ClassObj>();
    if (!c) raise(T().type_error, "bases must be types");
    cls->bases.push_back(std::static_pointer_cast<ClassObj>(base.obj()));
  }
  if (cls->bases.empty()) cls->bases.push_back(T().object);
  if (cls->mro().empty()) {
    std::string names;
    for (const ClassRef& b : cls->bases) names += (names.empty() ? "" : ", ") + b->name;
    raise(T().type_error, "Cannot create a consistent method resolution order (MRO) for bases " + names);
  }
  auto body = std::make_shared<Scope>();
  body->is_class_body = true;
  body->parent = scope.shared_from_this();
  exec_block(def.body, *body);
  cls->attrs = std::move(body->vars);
  // A library sets __module__ to where its users meet the class (numpy.ndarray, not numpy._ndarray).
  if (auto it = cls->attrs.find("__module__"); it != cls->attrs.end() && it->second.as<StrObj>()) {
    cls->module = it->second.as<StrObj>()->value;
    cls->attrs.erase(it);
  }
  for (auto& [name, value] : cls->attrs) {
    Value fn = value;
    if (auto* s = value.as<StaticMethodObj>()) fn = s->func;
    if (auto* c = value.as<ClassMethodObj>()) fn = c->func;
    if (auto* f = fn.as<FunctionObj>()) {
      f->defining_class = cls.get();
      f->qualname = cls->name + "." + f->name;
    }
  }
  return Value(cls);
}

Value Interpreter::call_function(FunctionObj& f, Args& args, Kwargs& kwargs) {
  check_interrupt();
  if (depth_ + 1 >= recursion_limit || native_stack_exhausted()) {  // the module frame counts, as in CPython
    raise(T().recursion_error, "maximum recursion depth exceeded");
  }
  auto scope = std::make_shared<Scope>();
  scope->parent = f.closure;
  const auto& params = *f.params;
  const std::string fname = f.qualname + "()";  // CPython 3.11 names methods Class.method()
  size_t positional = 0;
  std::vector<bool> bound(params.size(), false);
  std::vector<Value> extra_args;
  for (size_t i = 0; i < args.size(); ++i) {
    while (positional < params.size() && params[positional].kind != Parameter::Kind::Positional &&
           params[positional].kind != Parameter::Kind::VarArgs) {
      ++positional;
    }
    if (positional < params.size() && params[positional].kind == Parameter::Kind::Positional) {
      scope->vars[params[positional].name] = args[i];
      bound[positional] = true;
      ++positional;
    } else if (positional < params.size() && params[positional].kind == Parameter::Kind::VarArgs) {
      extra_args.assign(args.begin() + static_cast<long>(i), args.end());
      break;
    } else {
      size_t max_positional = 0;
      for (const Parameter& p : params) max_positional += p.kind == Parameter::Kind::Positional;
      raise(T().type_error, fname + " takes " + std::to_string(max_positional) + " positional argument" +
                                (max_positional == 1 ? "" : "s") + " but " + std::to_string(args.size()) +
                                (args.size() == 1 ? " was" : " were") + " given");
    }
  }
  auto extra_kwargs = std::make_shared<DictObj>();
  for (auto& [name, value] : kwargs) {
    bool found = false;
    for (size_t k = 0; k < params.size(); ++k) {
      if (params[k].name == name && (params[k].kind == Parameter::Kind::Positional ||
                                     params[k].kind == Parameter::Kind::KeywordOnly)) {
        if (bound[k]) raise(T().type_error, fname + " got multiple values for argument '" + name + "'");
        scope->vars[name] = value;
        bound[k] = true;
        found = true;
      }
    }
    if (!found) {
      bool has_var_kw = std::any_of(params.begin(), params.end(), [](const Parameter& p) {
        return p.kind == Parameter::Kind::VarKeywords;
      });
      if (!has_var_kw) raise(T().type_error, fname + " got an unexpected keyword argument '" + name + "'");
      extra_kwargs->items.push_back({make_str(name), value});
    }
  }
  std::vector<std::string> missing;
  std::vector<std::string> missing_keyword_only;
  for (size_t k = 0; k < params.size(); ++k) {
    const Parameter& p = params[k];
    if (p.kind == Parameter::Kind::VarArgs) {
      scope->vars[p.name] = make_tuple(extra_args);
    } else if (p.kind == Parameter::Kind::VarKeywords) {
      scope->vars[p.name] = Value(extra_kwargs);
    } else if (!bound[k]) {
      if (f.has_default[k]) scope->vars[p.name] = f.defaults[k];
      else (p.kind == Parameter::Kind::KeywordOnly ? missing_keyword_only : missing).push_back(p.name);
    }
  }
  for (const auto* list : {&missing, &missing_keyword_only}) {
    if (list->empty()) continue;
    std::string names;
    for (size_t k = 0; k < list->size(); ++k) {
      if (k) names += k + 1 == list->size() ? (list->size() > 2 ? ", and " : " and ") : ", ";
      names += "'" + (*list)[k] + "'";
    }
    raise(T().type_error, fname + " missing " + std::to_string(list->size()) + " required " +
                              (list == &missing ? "positional" : "keyword-only") + " argument" +
                              (list->size() == 1 ? "" : "s") + ": " + names);
  }

  if (f.is_generator) {  // nothing runs until the first next()
    auto g = std::make_shared<GeneratorState>();
    g->function = Value(f.shared_from_this());
    g->scope = scope;
    Value it = lazy_iterator([g](Interpreter& in, Value& out) { return in.resume_generator(*g, out); });
    it.as<IteratorObj>()->generator_name = f.qualname;
    g->iterator = it.as<IteratorObj>();
    return it;
  }
  FrameGuard frame(*this, f, scope.get());
  try {
    if (f.lambda_body) {
      line_ = f.lambda_body->pos.line;  // a lambda has no statements to set it
      return eval(*f.lambda_body, *scope);
    }
    Flow flow = exec_block(*f.body, *scope);
    Value result = flow == Flow::Return ? return_value_ : none();
    return_value_ = none();
    return result;
  } catch (PyException& e) {
    e.trace.insert(e.trace.begin(), frame.caller);
    throw;
  }
}

Interpreter::FrameGuard::FrameGuard(Interpreter& interp, FunctionObj& f, Scope* scope)
    : in(interp), caller{interp.filename_, interp.line_, interp.function_stack_.empty() ? "<module>" : interp.function_stack_.back()} {
  in.call_sites_.push_back({caller.file, caller.line});
  // The function's own file for the frames it runs (a library function called from a cell).
  if (!f.filename.empty()) in.filename_ = f.filename;
  ++in.depth_;
  in.function_stack_.push_back(f.name);
  in.frames_.push_back({&f, scope});
}

Interpreter::FrameGuard::~FrameGuard() {
  in.call_sites_.pop_back();
  --in.depth_;
  in.function_stack_.pop_back();
  in.frames_.pop_back();
  in.line_ = caller.line;
  in.filename_ = caller.file;
}

Value Interpreter::instantiate(const ClassRef& cls, Args& args, Kwargs& kwargs) {
  if (cls->is_subclass_of(T().base_exception.get())) {
    Value exc = make_exception(cls, args);
    if (const Value* init = cls->lookup("__init__")) {
      if (init->as<FunctionObj>()) {
        Args with_self = args;
        with_self.insert(with_self.begin(), exc);
        call(*init, with_self, kwargs);
      }
    }
    return exc;
  }
  auto inst = std::make_shared<InstanceObj>(cls);
  Value self(inst);
  if (const Value* init = cls->lookup("__init__")) {
    Args with_self = args;
    with_self.insert(with_self.begin(), self);
    call(*init, with_self, kwargs);
  } else if (!args.empty() || !kwargs.empty()) {
    raise(T().type_error, cls->name + "() takes no arguments");
  }
  return self;
}

// Builtins read their arguments with Args::at(); a call with too few arguments surfaces as
// std::out_of_range, which becomes the TypeError CPython would give.
Value Interpreter::call_native(const NativeFunctionObj& n, Args& args, Kwargs& kwargs) {
  try {
    return n.fn(*this, args, kwargs);
  } catch (const std::out_of_range&) {
    raise(T().type_error, n.name + "() missing required argument (got " + std::to_string(args.size()) +
                              (args.size() == 1 ? " argument)" : " arguments)"));
  }
}

Value Interpreter::call(const Value& callee, Args args, Kwargs kwargs) {
  if (auto* n = callee.as<NativeFunctionObj>()) return call_native(*n, args, kwargs);
  if (auto* f = callee.as<FunctionObj>()) return call_function(*f, args, kwargs);
  if (auto* m = callee.as<BoundMethodObj>()) {
    args.insert(args.begin(), m->self);
    return call(m->func, std::move(args), std::move(kwargs));
  }
  if (auto* c = callee.as<ClassObj>()) {
    // Only a class's own native constructor: user classes inherit from object but build instances.
    auto own = c->attrs.find("__new_native__");
    if (own != c->attrs.end()) {
      if (auto* n = own->second.as<NativeFunctionObj>()) {
        args.insert(args.begin(), callee);
        return call_native(*n, args, kwargs);
      }
    }
    // A Python subclass of a class whose instances are native values (a namedtuple's).
    if (const Value* inherited = c->lookup("__inherited_new__")) {
      if (auto* n = inherited->as<NativeFunctionObj>()) {
        args.insert(args.begin(), callee);
        return call_native(*n, args, kwargs);
      }
    }
    return instantiate(std::static_pointer_cast<ClassObj>(callee.obj()), args, kwargs);
  }
  if (auto* s = callee.as<StaticMethodObj>()) return call(s->func, std::move(args), std::move(kwargs));
  if (auto* g = callee.as<GradModeObj>()) {
    // Used as a decorator: @torch.no_grad()
    if (args.size() != 1) raise(T().type_error, "decorator expects a function");
    Value f = args[0];
    bool enabled = g->enabled;
    return make_native("decorated", [f, enabled](Interpreter& in, Args& a, Kwargs& k) {
      GradModeGuard guard(enabled);
      return in.call(f, a, k);
    });
  }
  if (auto* inst = callee.as<InstanceObj>()) {
    if (const Value* c = inst->klass->lookup("__call__")) {
      args.insert(args.begin(), callee);
      return call(*c, std::move(args), std::move(kwargs));
    }
  }
  raise(T().type_error, "'" + type_of(callee)->name + "' object is not callable");
}

// ---- expressions --------------------------------------------------------------------------

Value Interpreter::eval(const Expr& e, Scope& scope) {
  switch (e.kind) {
    case ExprKind::Name:
      return lookup(static_cast<const NameExpr&>(e).name, scope, e.pos);
    case ExprKind::Constant: {
      const auto& c = static_cast<const ConstantExpr&>(e);
      switch (c.const_kind) {
        case ConstKind::None: return none();
        case ConstKind::True: return Value::boolean(true);
        case ConstKind::False: return Value::boolean(false);
        case ConstKind::Int:
          if (c.int_overflow) {
            raise(T().overflow_error, "int too large: the playground's integers are 64-bit (" +
                                          c.str_value.substr(0, 30) + (c.str_value.size() > 30 ? "..." : "") + ")");
          }
          return Value::integer(c.int_value);
        case ConstKind::Float: return Value::number(c.float_value);
        case ConstKind::Str: return make_str(c.str_value);
        case ConstKind::Ellipsis: return Value(std::make_shared<EllipsisObj>());
      }
      return none();
    }
    case ExprKind::FString:
      return eval_fstring(static_cast<const FStringExpr&>(e), scope);
    case ExprKind::List:
    case ExprKind::Tuple:
    case ExprKind::Set: {
      std::vector<Value> items;
      for (const ExprPtr& el : static_cast<const SequenceExpr&>(e).elements) {
        if (el->kind == ExprKind::Starred) {
          for (Value& v : iterate(eval(*static_cast<const StarredExpr&>(*el).value, scope))) items.push_back(v);
        } else {
          items.push_back(eval(*el, scope));
        }
      }
      if (e.kind == ExprKind::List) return make_list(std::move(items));
      if (e.kind == ExprKind::Tuple) return make_tuple(std::move(items));
      auto set = std::make_shared<SetObj>();
      for (Value& v : items) {
        check_hashable(v);
        bool present = false;
        for (const Value& w : set->items) present = present || equals(v, w);
        if (!present) set->items.push_back(v);
      }
      return Value(set);
    }
    case ExprKind::Dict: {
      const auto& d = static_cast<const DictExpr&>(e);
      auto dict = std::make_shared<DictObj>();
      Value result(dict);
      for (size_t i = 0; i < d.keys.size(); ++i) {
        if (!d.keys[i]) {
          Value other = eval(*d.values[i], scope);
          if (auto* od = other.as<DictObj>()) {
            for (auto& kv : od->items) set_item(result, kv.first, kv.second);
          }
          continue;
        }
        Value k = eval(*d.keys[i], scope);
        set_item(result, k, eval(*d.values[i], scope));
      }
      return result;
    }
    case ExprKind::ListComp:
      return eval_comprehension(static_cast<const ListCompExpr&>(e), scope);
    case ExprKind::DictComp:
      return eval_dict_comprehension(static_cast<const DictCompExpr&>(e), scope);
    case ExprKind::Attribute: {
      const auto& a = static_cast<const AttributeExpr&>(e);
      Value obj = eval(*a.object, scope);
      return get_attr(obj, a.attr);
    }
    case ExprKind::Subscript: {
      const auto& s = static_cast<const SubscriptExpr&>(e);
      Value obj = eval(*s.object, scope);
      return get_item(obj, eval(*s.index, scope));
    }
    case ExprKind::Slice:
      return eval_slice(static_cast<const SliceExpr&>(e), scope);
    case ExprKind::Call:
      return eval_call(static_cast<const CallExpr&>(e), scope);
    case ExprKind::Unary: {
      const auto& u = static_cast<const UnaryExpr&>(e);
      Value v = eval(*u.operand, scope);
      if (u.op == "not") return Value::boolean(!truthy(v));
      return unary(u.op, v);
    }
    case ExprKind::Binary: {
      const auto& b = static_cast<const BinaryExpr&>(e);
      if (b.left->kind != ExprKind::Binary) {  // the common case, without the chain's vector
        Value left = eval(*b.left, scope);
        return binary(b.op, left, eval(*b.right, scope));
      }
      // Left-deep chains (a + b + c + ...) are evaluated iteratively, so long sums do not
      // recurse once per term.
      std::vector<const BinaryExpr*> chain{&b};
      while (chain.back()->left->kind == ExprKind::Binary && chain.size() < 100000) {
        chain.push_back(static_cast<const BinaryExpr*>(chain.back()->left.get()));
      }
      Value acc = eval(*chain.back()->left, scope);
      for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        Value right = eval(*(*it)->right, scope);
        acc = binary((*it)->op, acc, right);
      }
      return acc;
    }
    case ExprKind::BoolOp: {
      const auto& b = static_cast<const BoolOpExpr&>(e);
      // The last operand is returned as it is, never tested (`None or tensor` is the tensor).
      for (size_t i = 0; i + 1 < b.values.size(); ++i) {
        Value v = eval(*b.values[i], scope);
        if (truthy(v) != b.is_and) return v;
      }
      return eval(*b.values.back(), scope);
    }
    case ExprKind::Compare: {
      const auto& c = static_cast<const CompareExpr&>(e);
      Value left = eval(*c.left, scope);
      for (size_t i = 0; i < c.ops.size(); ++i) {
        Value right = eval(*c.comparators[i], scope);
        Value tensor_result;
        bool r = compare(c.ops[i], left, right, &tensor_result);
        if (!tensor_result.is_none()) {
          if (c.ops.size() == 1) return tensor_result;
          r = truthy(tensor_result);
        }
        if (!r) return Value::boolean(false);
        left = right;
      }
      return Value::boolean(true);
    }
    case ExprKind::IfExp: {
      const auto& i = static_cast<const IfExpr&>(e);
      return truthy(eval(*i.test, scope)) ? eval(*i.body, scope) : eval(*i.orelse, scope);
    }
    case ExprKind::Lambda:
      return make_lambda(static_cast<const LambdaExpr&>(e), scope);
    case ExprKind::Starred:
      raise(T().syntax_error, "can't use starred expression here");
    case ExprKind::Yield:  // the parser puts yield only where exec_yield runs it
      raise(T().syntax_error, "'yield' outside function");
  }
  return none();
}

Value Interpreter::eval_slice(const SliceExpr& s, Scope& scope) {
  auto slice = std::make_shared<SliceObj>();
  if (s.lower) slice->start = eval(*s.lower, scope);
  if (s.upper) slice->stop = eval(*s.upper, scope);
  if (s.step) slice->step = eval(*s.step, scope);
  return Value(slice);
}

Value Interpreter::eval_call(const CallExpr& c, Scope& scope) {
  Value func = eval(*c.func, scope);
  Args args;
  for (const ExprPtr& a : c.args) {
    if (a->kind == ExprKind::Starred) {
      for (Value& v : iterate(eval(*static_cast<const StarredExpr&>(*a).value, scope))) args.push_back(v);
    } else {
      args.push_back(eval(*a, scope));
    }
  }
  Kwargs kwargs;
  for (const Keyword& k : c.keywords) {
    if (k.name.empty()) {
      Value d = eval(*static_cast<const StarredExpr&>(*k.value).value, scope);
      auto* dict = d.as<DictObj>();
      if (!dict) raise(T().type_error, "argument after ** must be a mapping, not " + type_of(d)->name);
      for (auto& [key, value] : dict->items) kwargs.push_back({str(key), value});
      continue;
    }
    kwargs.push_back({k.name, eval(*k.value, scope)});
  }
  line_ = c.pos.line;
  return call(func, std::move(args), std::move(kwargs));
}

Value Interpreter::eval_fstring(const FStringExpr& f, Scope& scope) {
  std::string out;
  for (const FStringPart& p : f.parts) {
    if (!p.expr) {
      out += p.literal;
      continue;
    }
    Value v = eval(*p.expr, scope);
    out += p.debug_text;
    if (p.conversion == "r") out += format(make_str(repr(v)), p.format_spec);
    else if (p.conversion == "s") out += format(make_str(str(v)), p.format_spec);
    else out += format(v, p.format_spec);
  }
  return make_str(out);
}

void Interpreter::comprehension_loop(const std::vector<Comprehension>& gens, size_t level, Scope& scope,
                                     const std::function<void()>& emit) {
  if (level == gens.size()) {
    emit();
    return;
  }
  const Comprehension& g = gens[level];
  Value iterable = eval(*g.iter, scope);
  auto body = [&](const Value& item) {
    check_interrupt();
    assign(*g.target, item, scope);
    for (const ExprPtr& cond : g.conditions) {
      if (!truthy(eval(*cond, scope))) return;
    }
    comprehension_loop(gens, level + 1, scope, emit);
  };
  if (auto* r = iterable.as<RangeObj>()) {
    const int64_t n = r->length();
    for (int64_t k = 0; k < n; ++k) body(Value::integer(r->start + k * r->step));
    return;
  }
  Value iterator = get_iter(iterable), item;  // one item at a time, as Python pulls them
  while (next_value(iterator, item)) body(item);
}

Value Interpreter::eval_comprehension(const ListCompExpr& c, Scope& scope) {
  if (c.is_generator) return generator_expression(c, scope);
  auto inner = std::make_shared<Scope>();
  inner->parent = scope.shared_from_this();
  std::vector<Value> items;
  comprehension_loop(c.generators, 0, *inner, [&] { items.push_back(eval(*c.element, *inner)); });
  return make_list(std::move(items));
}

Value Interpreter::eval_dict_comprehension(const DictCompExpr& c, Scope& scope) {
  auto inner = std::make_shared<Scope>();
  inner->parent = scope.shared_from_this();
  Value result(std::make_shared<DictObj>());
  comprehension_loop(c.generators, 0, *inner, [&] {
    Value k = eval(*c.key, *inner);
    set_item(result, k, eval(*c.value, *inner));
  });
  return result;
}

}  // namespace ag::interp
