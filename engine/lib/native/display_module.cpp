// _display: rich output for the page. matplotlib.pyplot (engine/lib/python/matplotlib) builds a
// figure as plain lists and dicts and hands it to show(kind, data), which records it as JSON
// with its place among the cell's prints; the session returns it with the run's result.
#include <cmath>

#include "print/python_format.h"
#include "python/interpreter.h"

namespace ag::interp {

namespace {

void append_json_string(std::string& out, const std::string& s) {
  out += '"';
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"') out += "\\\"";
    else if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (u < 0x20) {
      static const char* hex = "0123456789abcdef";
      out += "\\u00";
      out += hex[u >> 4];
      out += hex[u & 15];
    } else {
      out += c;  // UTF-8 passes through
    }
  }
  out += '"';
}

// None, bools, numbers (non-finite ones as null), strings, lists/tuples, dicts with string keys.
void append_json(Interpreter& in, std::string& out, const Value& v, int depth) {
  if (depth > 64) in.raise("ValueError", "figure data nested too deeply");
  if (v.is_none()) {
    out += "null";
  } else if (v.is_bool()) {
    out += v.as_bool() ? "true" : "false";
  } else if (v.is_int()) {
    out += std::to_string(v.as_int());
  } else if (v.is_float()) {
    out += std::isfinite(v.as_float()) ? python_float_repr(v.as_float()) : "null";
  } else if (auto* s = v.as<StrObj>()) {
    append_json_string(out, s->value);
  } else if (v.as<ListObj>() || v.as<TupleObj>()) {
    const auto& items = v.as<ListObj>() ? v.as<ListObj>()->items : v.as<TupleObj>()->items;
    out += '[';
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) out += ',';
      append_json(in, out, items[i], depth + 1);
    }
    out += ']';
  } else if (auto* d = v.as<DictObj>()) {
    out += '{';
    bool first = true;
    for (const auto& [key, value] : d->items) {
      if (!first) out += ',';
      first = false;
      append_json_string(out, in.str(key));
      out += ':';
      append_json(in, out, value, depth + 1);
    }
    out += '}';
  } else {
    in.raise("TypeError", "figure data of type '" + in.type_of(v)->name + "' cannot be shown");
  }
}

}  // namespace

void install_display(Interpreter& interp) {
  auto module = std::make_shared<ModuleObj>("_display");
  module->attrs["show"] = make_native("show", [](Interpreter& in, Args& a, Kwargs&) {
    if (a.size() != 2 || !a[0].as<StrObj>()) in.raise("TypeError", "show(kind, data)");
    // A loop that shows a figure per step keeps the first ones, not an unbounded pile.
    constexpr size_t kMaxDisplaysPerCell = 100;
    if (in.displays().size() >= kMaxDisplaysPerCell) return none();
    Display d;
    d.kind = a[0].as<StrObj>()->value;
    append_json(in, d.json, a[1], 0);
    d.offset = in.written();
    in.displays().push_back(std::move(d));
    return none();
  });
  interp.modules()["_display"] = Value(module);
}

}  // namespace ag::interp
