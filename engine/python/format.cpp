// repr(), str(), format() and the % operator, with CPython's output.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "python/args.h"
#include "lib/native/autograd_function.h"
#include "python/interpreter.h"

namespace ag::interp {

namespace {

const BuiltinTypes& T() { return builtin_types(); }

std::string address(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%012llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(p)));
  return buf;
}

std::string repr_string(const std::string& s) {
  const bool has_single = s.find('\'') != std::string::npos;
  const bool has_double = s.find('"') != std::string::npos;
  const char quote = has_single && !has_double ? '"' : '\'';
  std::string out(1, quote);
  for (unsigned char c : s) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c == static_cast<unsigned char>(quote)) {
          out += '\\';
          out += static_cast<char>(c);
        } else if (c < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + quote;
}

}  // namespace

std::string Interpreter::repr(const Value& v) {
  switch (v.tag()) {
    case Value::Tag::None: return "None";
    case Value::Tag::Bool: return v.as_bool() ? "True" : "False";
    case Value::Tag::Int: return std::to_string(v.as_int());
    case Value::Tag::Float: return python_float_repr(v.as_float());
    case Value::Tag::Obj: break;
  }
  if (auto* s = v.as<StrObj>()) return repr_string(s->value);
  if (auto* t = v.as<TensorObj>()) {
    if (t->klass == T().parameter.get()) return "Parameter containing:\n" + tensor_repr(t->tensor);
    return tensor_repr(t->tensor);
  }
  // Containers nest: count the depth as CPython does, and watch the native stack too.
  NestingGuard guard(*this, "while getting the repr of an object");
  if (auto* l = v.as<ListObj>()) {
    std::string out = l->view_name ? std::string(l->view_name) + "([" : "[";
    for (size_t i = 0; i < l->items.size(); ++i) {
      if (i) out += ", ";
      out += l->items[i].obj() == v.obj() ? "[...]" : repr(l->items[i]);
    }
    return out + (l->view_name ? "])" : "]");
  }
  if (auto* tup = v.as<TupleObj>()) {
    if (tup->klass == T().size.get()) {
      std::string out = "torch.Size([";
      for (size_t i = 0; i < tup->items.size(); ++i) out += (i ? ", " : "") + repr(tup->items[i]);
      return out + "])";
    }
    if (!tup->field_names.empty() && tup->klass->module != "torch.return_types") {  // namedtuple
      std::string out = tup->klass->name + "(";
      for (size_t i = 0; i < tup->items.size(); ++i) {
        out += (i ? ", " : "") + tup->field_names[i] + "=" + repr(tup->items[i]);
      }
      return out + ")";
    }
    if (!tup->field_names.empty()) {
      std::string out = tup->klass->qualified_name() + "(\n";
      for (size_t i = 0; i < tup->items.size(); ++i) {
        out += tup->field_names[i] + "=" + repr(tup->items[i]) + (i + 1 < tup->items.size() ? ",\n" : ")");
      }
      return out;
    }
    std::string out = "(";
    for (size_t i = 0; i < tup->items.size(); ++i) out += (i ? ", " : "") + repr(tup->items[i]);
    if (tup->items.size() == 1) out += ",";
    return out + ")";
  }
  if (auto* d = v.as<DictObj>(); d && d->klass == T().defaultdict.get()) {  // defaultdict(<class 'list'>, {...})
    std::string out = "defaultdict(" + repr(d->default_factory) + ", {";
    for (size_t i = 0; i < d->items.size(); ++i) {
      out += (i ? ", " : "") + repr(d->items[i].first) + ": " + repr(d->items[i].second);
    }
    return out + "})";
  }
  if (auto* d = v.as<DictObj>(); d && d->klass == T().counter.get()) {  // Counter({'a': 2, 'b': 1})
    if (d->items.empty()) return "Counter()";
    auto items = d->items;
    std::stable_sort(items.begin(), items.end(), [this](const auto& x, const auto& y) {
      Value dummy;
      return compare(">", x.second, y.second, &dummy);
    });
    std::string out = "Counter({";
    for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + repr(items[i].first) + ": " + repr(items[i].second);
    return out + "})";
  }
  if (auto* d = v.as<DictObj>(); d && d->klass) {  // OrderedDict([('a', 1), ('b', 2)])
    if (d->items.empty()) return d->klass->name + "()";
    std::string out = d->klass->name + "([";
    for (size_t i = 0; i < d->items.size(); ++i) {
      out += (i ? ", (" : "(") + repr(d->items[i].first) + ", " + repr(d->items[i].second) + ")";
    }
    return out + "])";
  }
  if (auto* d = v.as<DictObj>()) {
    std::string out = "{";
    for (size_t i = 0; i < d->items.size(); ++i) {
      out += (i ? ", " : "") + repr(d->items[i].first) + ": " + repr(d->items[i].second);
    }
    return out + "}";
  }
  if (auto* s = v.as<SetObj>()) {
    if (s->items.empty()) return "set()";
    std::string out = "{";
    for (size_t i = 0; i < s->items.size(); ++i) out += (i ? ", " : "") + repr(s->items[i]);
    return out + "}";
  }
  if (auto* n = v.as<NodeObj>()) {
    if (is_python_function_node(*n->node)) {
      return "<torch.autograd.function." + n->node->name() + " object at " + address(n->node.get()) + ">";
    }
    return "<" + n->node->name() + " object at " + address(n->node.get()) + ">";
  }
  if (auto* d = v.as<DtypeObj>()) return dtype_name(d->dtype);
  if (v.as<DeviceObj>()) return "device(type='cpu')";
  if (auto* c = v.as<ClassObj>()) return "<class '" + c->qualified_name() + "'>";
  if (auto* f = v.as<FunctionObj>()) return "<function " + f->qualname + " at " + address(f) + ">";
  if (auto* n = v.as<NativeFunctionObj>()) return "<built-in function " + n->name + ">";
  if (auto* m = v.as<BoundMethodObj>()) {
    std::string fname = "?";
    if (auto* f = m->func.as<FunctionObj>()) fname = f->qualname;
    if (auto* nf = m->func.as<NativeFunctionObj>()) fname = nf->name;
    return "<bound method " + type_of(m->self)->name + "." + fname + " of " + repr(m->self) + ">";
  }
  if (auto* m = v.as<ModuleObj>()) return "<module '" + m->name + "'>";
  if (auto* s = v.as<SliceObj>()) return "slice(" + repr(s->start) + ", " + repr(s->stop) + ", " + repr(s->step) + ")";
  if (v.as<EllipsisObj>()) return "Ellipsis";
  if (auto* r = v.as<RangeObj>()) {
    return "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop) +
           (r->step != 1 ? ", " + std::to_string(r->step) : "") + ")";
  }
  if (auto* inst = v.as<InstanceObj>()) {
    if (const Value* r = inst->klass->lookup("__repr__")) return str(call(*r, {v}));
    if (v.obj() == not_implemented().obj()) return "NotImplemented";
    if (inst->klass->is_subclass_of(T().base_exception.get())) {
      const Value& args = inst->attrs["args"];
      auto* tup = args.as<TupleObj>();
      std::string inner;
      if (tup) {
        for (size_t i = 0; i < tup->items.size(); ++i) inner += (i ? ", " : "") + repr(tup->items[i]);
      }
      return inst->klass->name + "(" + inner + ")";
    }
    return "<" + inst->klass->qualified_name() + " object at " + address(inst) + ">";
  }
  if (auto* g = v.as<GradModeObj>()) return "<torch.autograd.grad_mode." + g->name + " object at " + address(g) + ">";
  if (auto* it = v.as<IteratorObj>(); it && !it->generator_name.empty()) {
    return "<generator object " + it->generator_name + " at " + address(it) + ">";
  }
  if (auto* it = v.as<IteratorObj>(); it && !it->type_name) return "<iterator object at " + address(v.obj().get()) + ">";
  if (v.as<FunctionCtxObj>()) return "<torch.autograd.function.BackwardCFunction object at " + address(v.obj().get()) + ">";
  if (auto* s = v.as<StaticMethodObj>()) return "<staticmethod(" + repr(s->func) + ")>";
  return "<" + type_of(v)->name + " object at " + address(v.obj().get()) + ">";
}

std::string Interpreter::str(const Value& v) {
  if (auto* s = v.as<StrObj>()) return s->value;
  if (v.as<DeviceObj>()) return "cpu";  // str(torch.device('cpu')); repr is device(type='cpu')
  if (auto* inst = v.as<InstanceObj>()) {
    if (const Value* s = inst->klass->lookup("__str__")) return str(call(*s, {v}));
    if (inst->klass->is_subclass_of(T().base_exception.get())) {
      auto* tup = inst->attrs["args"].as<TupleObj>();
      if (!tup || tup->items.empty()) return "";
      if (tup->items.size() == 1) {
        if (inst->klass->is_subclass_of(T().key_error.get())) return repr(tup->items[0]);
        return str(tup->items[0]);
      }
      return repr(inst->attrs["args"]);
    }
  }
  return repr(v);
}

// ---- format(value, spec) ------------------------------------------------------------------

namespace {

struct Spec {
  char fill = ' ';
  char align = 0;  // '<', '>', '^', '='
  char sign = '-';
  bool alternate = false;
  bool zero = false;
  int width = -1;
  char grouping = 0;
  int precision = -1;
  char type = 0;
};

Spec parse_spec(Interpreter& in, const std::string& s) {
  Spec spec;
  size_t i = 0;
  auto is_align = [](char c) { return c == '<' || c == '>' || c == '^' || c == '='; };
  if (s.size() >= 2 && is_align(s[1])) {
    spec.fill = s[0];
    spec.align = s[1];
    i = 2;
  } else if (!s.empty() && is_align(s[0])) {
    spec.align = s[0];
    i = 1;
  }
  if (i < s.size() && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) spec.sign = s[i++];
  if (i < s.size() && s[i] == '#') {
    spec.alternate = true;
    ++i;
  }
  if (i < s.size() && s[i] == '0') {
    spec.zero = true;
    ++i;
  }
  if (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
    spec.width = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) spec.width = spec.width * 10 + (s[i++] - '0');
  }
  if (i < s.size() && (s[i] == ',' || s[i] == '_')) spec.grouping = s[i++];
  if (i < s.size() && s[i] == '.') {
    ++i;
    spec.precision = 0;
    if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) in.raise("ValueError", "Format specifier missing precision");
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) spec.precision = spec.precision * 10 + (s[i++] - '0');
  }
  if (i < s.size()) spec.type = s[i++];
  if (i != s.size()) in.raise("ValueError", "Invalid format specifier");
  return spec;
}

std::string group_digits(const std::string& digits, char sep) {
  std::string out;
  const size_t n = digits.size();
  for (size_t i = 0; i < n; ++i) {
    out += digits[i];
    const size_t left = n - i - 1;
    if (left > 0 && left % 3 == 0) out += sep;
  }
  return out;
}

std::string pad(std::string body, const Spec& spec, char default_align, const std::string& sign_part = "") {
  const int len = static_cast<int>(body.size() + sign_part.size());
  if (spec.width <= len) return sign_part + body;
  const int fill = spec.width - len;
  char align = spec.align ? spec.align : (spec.zero ? '=' : default_align);
  char fill_char = spec.align ? spec.fill : (spec.zero ? '0' : spec.fill);
  if (align == '<') return sign_part + body + std::string(static_cast<size_t>(fill), fill_char);
  if (align == '>') return std::string(static_cast<size_t>(fill), fill_char) + sign_part + body;
  if (align == '=') return sign_part + std::string(static_cast<size_t>(fill), fill_char) + body;
  const int left = fill / 2;
  return std::string(static_cast<size_t>(left), fill_char) + sign_part + body +
         std::string(static_cast<size_t>(fill - left), fill_char);
}

std::string format_float(double x, const Spec& spec) {
  std::string sign_part;
  if (std::signbit(x) && !std::isnan(x)) sign_part = "-";
  else if (spec.sign == '+') sign_part = "+";
  else if (spec.sign == ' ') sign_part = " ";
  const double a = std::fabs(x);
  std::string body;
  char type = spec.type;
  int precision = spec.precision;
  bool percent = false;
  if (type == '%') {
    percent = true;
    type = 'f';
  }
  const double value = percent ? a * 100 : a;
  if (std::isnan(a)) body = "nan";
  else if (std::isinf(a)) body = "inf";
  else if (type == 'f' || type == 'F') body = python_fixed(value, precision < 0 ? 6 : precision);
  else if (type == 'e' || type == 'E') body = python_sci(value, precision < 0 ? 6 : precision);
  else if (type == 'g' || type == 'G' || type == 'n' || (type == 0 && precision >= 0)) {
    const int p = precision < 0 ? 6 : std::max(precision, 1);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", p, value);
    body = buf;
    if (type == 0 && body.find_first_of(".en") == std::string::npos) body += ".0";
  } else {
    body = python_float_repr(value);
  }
  if (type == 'E' || type == 'G' || type == 'F') {
    for (char& c : body) c = static_cast<char>(std::toupper(c));
  }
  if (spec.grouping) {
    const size_t dot = body.find_first_of(".e");
    std::string int_part = body.substr(0, dot);
    if (std::all_of(int_part.begin(), int_part.end(), ::isdigit)) {
      body = group_digits(int_part, spec.grouping) + (dot == std::string::npos ? "" : body.substr(dot));
    }
  }
  if (percent) body += "%";
  return pad(body, spec, '>', sign_part);
}

std::string format_int(int64_t x, const Spec& spec) {
  std::string sign_part;
  if (x < 0) sign_part = "-";
  else if (spec.sign == '+') sign_part = "+";
  else if (spec.sign == ' ') sign_part = " ";
  const uint64_t a = x < 0 ? static_cast<uint64_t>(-(x + 1)) + 1 : static_cast<uint64_t>(x);
  std::string body;
  switch (spec.type) {
    case 'x': case 'X': case 'o': case 'b': {
      const int base = spec.type == 'o' ? 8 : spec.type == 'b' ? 2 : 16;
      uint64_t v = a;
      do {
        const int digit = static_cast<int>(v % static_cast<uint64_t>(base));
        body.insert(body.begin(), static_cast<char>(digit < 10 ? '0' + digit : (spec.type == 'X' ? 'A' : 'a') + digit - 10));
        v /= static_cast<uint64_t>(base);
      } while (v);
      if (spec.alternate) body = std::string(spec.type == 'o' ? "0o" : spec.type == 'b' ? "0b" : spec.type == 'X' ? "0X" : "0x") + body;
      break;
    }
    case 'c':
      body = std::string(1, static_cast<char>(x));
      break;
    default:
      body = std::to_string(a);
      if (spec.grouping) body = group_digits(body, spec.grouping);
  }
  return pad(body, spec, '>', sign_part);
}

}  // namespace

std::string Interpreter::format(const Value& v, const std::string& spec_text) {
  if (auto* t = v.as<TensorObj>()) {
    // Tensor.__format__: 0-d tensors format their Python number; others only as str().
    if (t->tensor.dim() == 0) return format(t->tensor.item().is_float() ? Value::number(t->tensor.item().f)
                                                   : t->tensor.item().is_int() ? Value::integer(t->tensor.item().i)
                                                                                : Value::boolean(t->tensor.item().i != 0),
                                            spec_text);
    if (!spec_text.empty()) raise(T().type_error, "unsupported format string passed to Tensor.__format__");
    return str(v);
  }
  if (spec_text.empty()) return str(v);
  Spec spec = parse_spec(*this, spec_text);
  if (v.is_float() || (v.is_number() && spec.type && std::string("eEfFgG%n").find(spec.type) != std::string::npos)) {
    if (spec.type && std::string("eEfFgG%n").find(spec.type) == std::string::npos) {
      raise(T().value_error, std::string("Unknown format code '") + spec.type + "' for object of type 'float'");
    }
    return format_float(v.as_float(), spec);
  }
  if (v.is_int() || v.is_bool()) {
    if (spec.type && std::string("dxXobcn").find(spec.type) == std::string::npos) {
      raise(T().value_error, std::string("Unknown format code '") + spec.type + "' for object of type 'int'");
    }
    if (v.is_bool() && !spec.type) return pad(v.as_bool() ? "True" : "False", spec, '<');
    return format_int(v.as_int(), spec);
  }
  if (auto* s = v.as<StrObj>()) {
    if (spec.type && spec.type != 's') {
      raise(T().value_error, std::string("Unknown format code '") + spec.type + "' for object of type 'str'");
    }
    std::string body = s->value;
    if (spec.precision >= 0 && static_cast<int>(body.size()) > spec.precision) body.resize(static_cast<size_t>(spec.precision));
    return pad(body, spec, '<');
  }
  if (auto* inst = v.as<InstanceObj>()) {
    if (const Value* f = inst->klass->lookup("__format__")) return str(call(*f, {v, make_str(spec_text)}));
  }
  if (v.is_none() || v.is_obj()) {
    raise(T().type_error, "unsupported format string passed to " + type_of(v)->name + ".__format__");
  }
  return str(v);
}

// "%.4f" % x  and  "%s and %d" % (a, b)
std::string Interpreter::percent_format(const std::string& fmt, const Value& args) {
  std::vector<Value> values;
  const DictObj* mapping = args.as<DictObj>();
  if (auto* t = args.as<TupleObj>(); t && !t->klass) values = t->items;
  else values.push_back(args);
  size_t next = 0;
  std::string out;
  for (size_t i = 0; i < fmt.size(); ++i) {
    if (fmt[i] != '%') {
      out += fmt[i];
      continue;
    }
    if (++i >= fmt.size()) raise(T().value_error, "incomplete format");
    if (fmt[i] == '%') {
      out += '%';
      continue;
    }
    Value arg;
    bool have_arg = false;
    if (fmt[i] == '(' && mapping) {
      const size_t close = fmt.find(')', i);
      const std::string key = fmt.substr(i + 1, close - i - 1);
      arg = get_item(args, make_str(key));
      have_arg = true;
      i = close + 1;
    }
    std::string flags;
    while (i < fmt.size() && std::string("-+ #0").find(fmt[i]) != std::string::npos) flags += fmt[i++];
    std::string width, precision;
    while (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i]))) width += fmt[i++];
    if (i < fmt.size() && fmt[i] == '.') {
      precision = ".";
      ++i;
      while (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i]))) precision += fmt[i++];
      if (precision == ".") precision = ".0";
    }
    if (i >= fmt.size()) raise(T().value_error, "incomplete format");
    const char type = fmt[i];
    if (!have_arg) {
      if (next >= values.size()) raise(T().type_error, "not enough arguments for format string");
      arg = values[next++];
    }
    // Translate to a format() spec.
    std::string spec;
    if (flags.find('-') != std::string::npos) spec += "<";
    if (flags.find('+') != std::string::npos) spec += "+";
    else if (flags.find(' ') != std::string::npos) spec += " ";
    if (flags.find('0') != std::string::npos && flags.find('-') == std::string::npos) spec += "0";
    spec += width + precision;
    switch (type) {
      case 's': out += format(make_str(str(arg)), spec); break;
      case 'r': out += format(make_str(repr(arg)), spec); break;
      case 'd': case 'i': case 'u': {
        Value n = arg;
        if (auto* t = arg.as<TensorObj>()) n = Value::integer(t->tensor.item().to_int());
        else if (arg.is_float()) n = Value::integer(int_from_float(*this, arg.as_float()));
        else if (arg.as<InstanceObj>()) n = Value::integer(int_from_float(*this, to_float(*this, arg)));
        if (!n.is_number()) raise(T().type_error, "%" + std::string(1, type) + " format: a real number is required, not " + type_of(arg)->name);
        out += format(n, spec.empty() ? "d" : spec + "d");
        break;
      }
      case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': {
        Value n = arg;
        if (auto* t = arg.as<TensorObj>()) n = Value::number(t->tensor.item().to_double());
        if (arg.as<InstanceObj>()) n = Value::number(to_float(*this, arg));  // __float__
        if (!n.is_number()) raise(T().type_error, "must be real number, not " + type_of(arg)->name);
        out += format(Value::number(n.as_float()), spec + std::string(1, type));
        break;
      }
      case 'x': case 'X': case 'o':
        out += format(arg, spec + std::string(1, type));
        break;
      default:
        raise(T().value_error, std::string("unsupported format character '") + type + "'");
    }
  }
  if (next < values.size() && !mapping) raise(T().type_error, "not all arguments converted during string formatting");
  return out;
}

}  // namespace ag::interp
