// Attribute access: x.attr for tensors, grad_fns, instances, classes, modules and the methods
// of Python's built-in types (str, list, dict, tuple).
#include <algorithm>

#include "autograd/function.h"
#include "python/args.h"
#include "python/interpreter.h"
#include "python/python_library.h"
#include "lib/native/autograd_function.h"
#include "lib/native/tensor_api.h"

namespace ag::interp {

namespace {

const BuiltinTypes& T() { return builtin_types(); }

Value bound(const Value& self, const std::string& name, NativeFn fn) {
  return Value(std::make_shared<BoundMethodObj>(self, make_native(name, std::move(fn))));
}

std::optional<Value> str_method(Interpreter& in, const Value& self, const std::string& name) {
  const std::string s = self.as<StrObj>()->value;
  auto simple = [&](std::function<Value(Interpreter&, Args&)> f) {
    return bound(self, name, [f](Interpreter& i, Args& a, Kwargs&) { return f(i, a); });
  };
  if (name == "format") {
    return bound(self, name, [](Interpreter& i, Args& a, Kwargs& k) {
      const std::string fmt = a[0].as<StrObj>()->value;
      std::string out;
      size_t auto_index = 1;
      for (size_t p = 0; p < fmt.size(); ++p) {
        if (fmt[p] == '{' && p + 1 < fmt.size() && fmt[p + 1] == '{') { out += '{'; ++p; continue; }
        if (fmt[p] == '}' && p + 1 < fmt.size() && fmt[p + 1] == '}') { out += '}'; ++p; continue; }
        if (fmt[p] != '{') { out += fmt[p]; continue; }
        const size_t close = fmt.find('}', p);
        if (close == std::string::npos) i.raise("ValueError", "Single '{' encountered in format string");
        std::string field = fmt.substr(p + 1, close - p - 1);
        std::string spec, conversion;
        const size_t colon = field.find(':');
        if (colon != std::string::npos) { spec = field.substr(colon + 1); field = field.substr(0, colon); }
        const size_t bang = field.find('!');
        if (bang != std::string::npos) { conversion = field.substr(bang + 1); field = field.substr(0, bang); }
        // Attribute / index access inside the field name: {0.grad}, {x[0]}
        std::string base = field, rest;
        const size_t sep = field.find_first_of(".[");
        if (sep != std::string::npos) { base = field.substr(0, sep); rest = field.substr(sep); }
        Value v;
        if (base.empty()) {
          if (auto_index >= a.size()) i.raise("IndexError", "Replacement index " + std::to_string(auto_index - 1) + " out of range for positional args tuple");
          v = a[auto_index++];
        } else if (std::all_of(base.begin(), base.end(), ::isdigit)) {
          const size_t idx = std::stoul(base) + 1;
          if (idx >= a.size()) i.raise("IndexError", "Replacement index " + base + " out of range for positional args tuple");
          v = a[idx];
        } else {
          bool found = false;
          for (auto& kv : k) if (kv.first == base) { v = kv.second; found = true; }
          if (!found) i.raise_with(builtin_types().key_error, {make_str(base)});
        }
        while (!rest.empty()) {
          if (rest[0] == '.') {
            const size_t next = rest.find_first_of(".[", 1);
            v = i.get_attr(v, rest.substr(1, next == std::string::npos ? std::string::npos : next - 1));
            rest = next == std::string::npos ? "" : rest.substr(next);
          } else {
            const size_t end = rest.find(']');
            const std::string key = rest.substr(1, end - 1);
            Value kv = std::all_of(key.begin(), key.end(), ::isdigit) ? Value::integer(std::stoll(key)) : make_str(key);
            v = i.get_item(v, kv);
            rest = rest.substr(end + 1);
          }
        }
        if (conversion == "r") v = make_str(i.repr(v));
        else if (conversion == "s") v = make_str(i.str(v));
        out += i.format(v, spec);
        p = close;
      }
      return make_str(out);
    });
  }
  if (name == "join") {
    return simple([s](Interpreter& i, Args& a) {
      std::string out;
      bool first = true;
      for (const Value& v : i.iterate(a.at(1))) {
        auto* sv = v.as<StrObj>();
        if (!sv) i.raise("TypeError", "sequence item: expected str instance, " + i.type_of(v)->name + " found");
        if (!first) out += s;
        out += sv->value;
        first = false;
      }
      return make_str(out);
    });
  }
  if (name == "split") {
    return simple([s](Interpreter& i, Args& a) {
      std::vector<Value> parts;
      if (a.size() < 2 || a[1].is_none()) {
        size_t p = 0;
        while (p < s.size()) {
          while (p < s.size() && std::isspace(static_cast<unsigned char>(s[p]))) ++p;
          if (p >= s.size()) break;
          size_t q = p;
          while (q < s.size() && !std::isspace(static_cast<unsigned char>(s[q]))) ++q;
          parts.push_back(make_str(s.substr(p, q - p)));
          p = q;
        }
        return make_list(parts);
      }
      const std::string sep = i.str(a[1]);
      if (sep.empty()) i.raise("ValueError", "empty separator");
      size_t p = 0, q;
      while ((q = s.find(sep, p)) != std::string::npos) {
        parts.push_back(make_str(s.substr(p, q - p)));
        p = q + sep.size();
      }
      parts.push_back(make_str(s.substr(p)));
      return make_list(parts);
    });
  }
  if (name == "upper" || name == "lower") {
    const bool up = name == "upper";
    return simple([s, up](Interpreter&, Args&) {
      std::string r = s;
      for (char& c : r) c = static_cast<char>(up ? std::toupper(c) : std::tolower(c));
      return make_str(r);
    });
  }
  if (name == "strip" || name == "lstrip" || name == "rstrip") {
    const bool left = name != "rstrip", right = name != "lstrip";
    return simple([s, left, right](Interpreter& i, Args& a) {
      const std::string chars = a.size() > 1 && !a[1].is_none() ? i.str(a[1]) : std::string(" \t\n\r\f\v");
      size_t b = 0, e = s.size();
      if (left) while (b < e && chars.find(s[b]) != std::string::npos) ++b;
      if (right) while (e > b && chars.find(s[e - 1]) != std::string::npos) --e;
      return make_str(s.substr(b, e - b));
    });
  }
  if (name == "replace") {
    return simple([s](Interpreter& i, Args& a) {
      const std::string from = i.str(a.at(1)), to = i.str(a.at(2));
      if (from.empty()) return make_str(s);
      std::string r;
      size_t p = 0, q;
      while ((q = s.find(from, p)) != std::string::npos) {
        r += s.substr(p, q - p) + to;
        p = q + from.size();
      }
      return make_str(r + s.substr(p));
    });
  }
  if (name == "startswith" || name == "endswith") {
    const bool start = name == "startswith";
    return simple([s, start](Interpreter& i, Args& a) {
      const std::string x = i.str(a.at(1));
      if (x.size() > s.size()) return Value::boolean(false);
      return Value::boolean(start ? s.compare(0, x.size(), x) == 0 : s.compare(s.size() - x.size(), x.size(), x) == 0);
    });
  }
  if (name == "count") {
    return simple([s](Interpreter& i, Args& a) {
      const std::string x = i.str(a.at(1));
      int64_t n = 0;
      for (size_t p = 0; !x.empty() && (p = s.find(x, p)) != std::string::npos; p += x.size()) ++n;
      return Value::integer(n);
    });
  }
  if (name == "index") {
    return simple([s](Interpreter& i, Args& a) {
      const size_t p = s.find(i.str(a.at(1)));
      if (p == std::string::npos) i.raise("ValueError", "substring not found");
      return Value::integer(static_cast<int64_t>(p));
    });
  }
  if (name == "find") {
    return simple([s](Interpreter& i, Args& a) {
      const size_t p = s.find(i.str(a.at(1)));
      return Value::integer(p == std::string::npos ? -1 : static_cast<int64_t>(p));
    });
  }
  if (name == "rfind") {
    return simple([s](Interpreter& i, Args& a) {
      const size_t p = s.rfind(i.str(a.at(1)));
      return Value::integer(p == std::string::npos ? -1 : static_cast<int64_t>(p));
    });
  }
  if (name == "splitlines") {  // on \n, \r\n and \r; keepends=True keeps them
    return simple([s](Interpreter& i, Args& a) {
      const bool keep = a.size() > 1 && i.truthy(a[1]);
      std::vector<Value> lines;
      size_t start = 0;
      for (size_t p = 0; p < s.size(); ++p) {
        if (s[p] != '\n' && s[p] != '\r') continue;
        const size_t end = (s[p] == '\r' && p + 1 < s.size() && s[p + 1] == '\n') ? p + 2 : p + 1;
        lines.push_back(make_str(s.substr(start, (keep ? end : p) - start)));
        start = end;
        p = end - 1;
      }
      if (start < s.size()) lines.push_back(make_str(s.substr(start)));
      return make_list(std::move(lines));
    });
  }
  if (name == "ljust" || name == "rjust" || name == "center") {
    const char align = name == "ljust" ? '<' : name == "rjust" ? '>' : '^';
    return simple([self, align](Interpreter& i, Args& a) {
      const std::string fill = a.size() > 2 ? i.str(a[2]) : " ";
      return make_str(i.format(self, fill + std::string(1, align) + std::to_string(to_int(i, a.at(1)))));
    });
  }
  if (name == "isdigit" || name == "isalpha") {
    const bool digit = name == "isdigit";
    return simple([s, digit](Interpreter&, Args&) {
      return Value::boolean(!s.empty() && std::all_of(s.begin(), s.end(), [digit](char c) {
        return digit ? std::isdigit(static_cast<unsigned char>(c)) : std::isalpha(static_cast<unsigned char>(c));
      }));
    });
  }
  return std::nullopt;
}

std::optional<Value> list_method(Interpreter& in, const Value& self, const std::string& name) {
  auto* list = self.as<ListObj>();
  (void)in;
  auto method = [&](std::function<Value(Interpreter&, ListObj&, Args&, Kwargs&)> f) {
    return bound(self, name, [f](Interpreter& i, Args& a, Kwargs& k) { return f(i, *a[0].as<ListObj>(), a, k); });
  };
  (void)list;
  if (name == "append") return method([](Interpreter& i, ListObj& l, Args& a, Kwargs&) {
    if (a.size() != 2) i.raise("TypeError", "list.append() takes exactly one argument (" + std::to_string(a.size() - 1) + " given)");
    l.items.push_back(a[1]);
    return none();
  });
  if (name == "extend") return method([](Interpreter& i, ListObj& l, Args& a, Kwargs&) {
    std::vector<Value> extra = i.iterate(a.at(1));
    l.items.insert(l.items.end(), extra.begin(), extra.end());
    return none();
  });
  if (name == "pop") return method([](Interpreter& i, ListObj& l, Args& a, Kwargs&) {
    if (l.items.empty()) i.raise("IndexError", "pop from empty list");
    int64_t idx = a.size() > 1 ? to_int(i, a[1]) : -1;
    const int64_t n = static_cast<int64_t>(l.items.size());
    if (idx < 0) idx += n;
    if (idx < 0 || idx >= n) i.raise("IndexError", "pop index out of range");
    Value v = l.items[static_cast<size_t>(idx)];
    l.items.erase(l.items.begin() + idx);
    return v;
  });
  if (name == "insert") return method([](Interpreter& i, ListObj& l, Args& a, Kwargs&) {
    int64_t idx = to_int(i, a.at(1));
    const int64_t n = static_cast<int64_t>(l.items.size());
    if (idx < 0) idx = std::max<int64_t>(0, idx + n);
    idx = std::min(idx, n);
    l.items.insert(l.items.begin() + idx, a.at(2));
    return none();
  });
  if (name == "index") return method([](Interpreter& i, ListObj& l, Args& a, Kwargs&) {
    for (size_t k = 0; k < l.items.size(); ++k) {
      if (i.equals(l.items[k], a.at(1))) return Value::integer(static_cast<int64_t>(k));
    }
    i.raise("ValueError", i.repr(a.at(1)) + " is not in list");
  });
  if (name == "count") return method([](Interpreter& i, ListObj& l, Args& a, Kwargs&) {
    int64_t n = 0;
    for (const Value& v : l.items) n += i.equals(v, a.at(1));
    return Value::integer(n);
  });
  if (name == "remove") return method([](Interpreter& i, ListObj& l, Args& a, Kwargs&) {
    for (size_t k = 0; k < l.items.size(); ++k) {
      if (i.equals(l.items[k], a.at(1))) {
        l.items.erase(l.items.begin() + static_cast<long>(k));
        return none();
      }
    }
    i.raise("ValueError", "list.remove(x): x not in list");
  });
  if (name == "reverse") return method([](Interpreter&, ListObj& l, Args&, Kwargs&) {
    std::reverse(l.items.begin(), l.items.end());
    return none();
  });
  if (name == "clear") return method([](Interpreter&, ListObj& l, Args&, Kwargs&) {
    l.items.clear();
    return none();
  });
  if (name == "copy") return method([](Interpreter&, ListObj& l, Args&, Kwargs&) { return make_list(l.items); });
  if (name == "sort") return method([](Interpreter& i, ListObj& l, Args&, Kwargs& k) {
    Value sorted = i.call(i.builtins().at("sorted"), {make_list(l.items)}, k);
    l.items = sorted.as<ListObj>()->items;
    return none();
  });
  return std::nullopt;
}

// Sets keep insertion order and compare with ==, as the rest of the interpreter's sets do.
std::optional<Value> set_method(Interpreter& in, const Value& self, const std::string& name) {
  auto method = [&](std::function<Value(Interpreter&, SetObj&, Args&)> f) {
    return bound(self, name, [f](Interpreter& i, Args& a, Kwargs&) { return f(i, *a[0].as<SetObj>(), a); });
  };
  auto contains = [](Interpreter& i, const SetObj& s, const Value& v) {
    return std::any_of(s.items.begin(), s.items.end(), [&](const Value& x) { return i.equals(x, v); });
  };
  auto make_set = [](std::vector<Value> items) {
    auto s = std::make_shared<SetObj>();
    s->items = std::move(items);
    return Value(s);
  };
  if (name == "add") return method([contains](Interpreter& i, SetObj& s, Args& a) {
    i.check_hashable(a.at(1));
    if (!contains(i, s, a.at(1))) s.items.push_back(a[1]);
    return none();
  });
  if (name == "discard" || name == "remove") {
    const bool strict = name == "remove";
    return method([strict](Interpreter& i, SetObj& s, Args& a) {
      for (auto it = s.items.begin(); it != s.items.end(); ++it) {
        if (i.equals(*it, a.at(1))) {
          s.items.erase(it);
          return none();
        }
      }
      if (strict) i.raise_with(builtin_types().key_error, {a[1]});
      return none();
    });
  }
  if (name == "update") return method([contains](Interpreter& i, SetObj& s, Args& a) {
    for (size_t k = 1; k < a.size(); ++k) {
      for (const Value& v : i.iterate(a[k])) if (!contains(i, s, v)) s.items.push_back(v);
    }
    return none();
  });
  if (name == "clear") return method([](Interpreter&, SetObj& s, Args&) { s.items.clear(); return none(); });
  if (name == "copy") return method([make_set](Interpreter&, SetObj& s, Args&) { return make_set(s.items); });
  if (name == "pop") return method([](Interpreter& i, SetObj& s, Args&) {
    if (s.items.empty()) i.raise("KeyError", "pop from an empty set");
    Value v = s.items.front();
    s.items.erase(s.items.begin());
    return v;
  });
  if (name == "union" || name == "intersection" || name == "difference") {
    const int kind = name == "union" ? 0 : name == "intersection" ? 1 : 2;
    return method([kind, contains, make_set](Interpreter& i, SetObj& s, Args& a) {
      auto other = std::make_shared<SetObj>();
      for (const Value& v : i.iterate(a.at(1))) other->items.push_back(v);
      std::vector<Value> out;
      if (kind == 0) {
        out = s.items;
        for (const Value& v : other->items) {
          if (!std::any_of(out.begin(), out.end(), [&](const Value& x) { return i.equals(x, v); })) out.push_back(v);
        }
      } else {
        for (const Value& v : s.items) if (contains(i, *other, v) == (kind == 1)) out.push_back(v);
      }
      return make_set(out);
    });
  }
  if (name == "isdisjoint" || name == "issubset" || name == "issuperset") {
    const int kind = name == "isdisjoint" ? 0 : name == "issubset" ? 1 : 2;
    return method([kind, contains](Interpreter& i, SetObj& s, Args& a) {
      auto other = std::make_shared<SetObj>();
      for (const Value& v : i.iterate(a.at(1))) other->items.push_back(v);
      if (kind == 0) {
        for (const Value& v : s.items) if (contains(i, *other, v)) return Value::boolean(false);
        return Value::boolean(true);
      }
      const SetObj& small = kind == 1 ? s : *other;
      const SetObj& big = kind == 1 ? *other : s;
      for (const Value& v : small.items) if (!contains(i, big, v)) return Value::boolean(false);
      return Value::boolean(true);
    });
  }
  return std::nullopt;
}

std::optional<Value> dict_method(Interpreter& in, const Value& self, const std::string& name) {
  (void)in;
  auto method = [&](std::function<Value(Interpreter&, DictObj&, Args&)> f) {
    return bound(self, name, [f](Interpreter& i, Args& a, Kwargs&) { return f(i, *a[0].as<DictObj>(), a); });
  };
  if (name == "get") return method([](Interpreter& i, DictObj& d, Args& a) {
    for (auto& kv : d.items) if (i.equals(kv.first, a.at(1))) return kv.second;
    return a.size() > 2 ? a[2] : none();
  });
  if (name == "keys" || name == "values" || name == "items") {
    const int which = name == "keys" ? 0 : name == "values" ? 1 : 2;
    return method([which](Interpreter&, DictObj& d, Args&) {
      static const char* const names[2][3] = {{"dict_keys", "dict_values", "dict_items"},
                                              {"odict_keys", "odict_values", "odict_items"}};
      auto view = std::make_shared<ListObj>();
      view->view_name = names[d.klass ? 1 : 0][which];
      for (auto& kv : d.items) {
        view->items.push_back(which == 0 ? kv.first : which == 1 ? kv.second : make_tuple({kv.first, kv.second}));
      }
      return Value(view);
    });
  }
  if (name == "pop") return method([](Interpreter& i, DictObj& d, Args& a) {
    for (auto it = d.items.begin(); it != d.items.end(); ++it) {
      if (i.equals(it->first, a.at(1))) {
        Value v = it->second;
        d.items.erase(it);
        return v;
      }
    }
    if (a.size() > 2) return a[2];
    i.raise_with(builtin_types().key_error, {a.at(1)});
  });
  if (name == "update") {
    return bound(self, name, [](Interpreter& i, Args& a, Kwargs& k) {
      if (a.size() > 1) {
        if (auto* other = a[1].as<DictObj>()) {
          for (auto& kv : other->items) i.set_item(a[0], kv.first, kv.second);
        } else {
          for (const Value& pair : i.iterate(a[1])) {
            std::vector<Value> kv = i.iterate(pair);
            if (kv.size() != 2) i.raise("ValueError", "dictionary update sequence element has length " + std::to_string(kv.size()) + "; 2 is required");
            i.set_item(a[0], kv[0], kv[1]);
          }
        }
      }
      for (auto& [key, v] : k) i.set_item(a[0], make_str(key), v);
      return none();
    });
  }
  if (name == "popitem") return method([](Interpreter& i, DictObj& d, Args&) {
    if (d.items.empty()) i.raise("KeyError", "popitem(): dictionary is empty");
    auto last = d.items.back();
    d.items.pop_back();
    return make_tuple({last.first, last.second});
  });
  if (name == "setdefault") return method([](Interpreter& i, DictObj& d, Args& a) {
    for (auto& kv : d.items) if (i.equals(kv.first, a.at(1))) return kv.second;
    Value v = a.size() > 2 ? a[2] : none();
    d.items.push_back({a.at(1), v});
    return v;
  });
  if (name == "copy") return method([](Interpreter&, DictObj& d, Args&) {
    auto c = std::make_shared<DictObj>();
    c->items = d.items;
    return Value(c);
  });
  return std::nullopt;
}

Value node_attr(Interpreter& in, const Value& self, const std::string& name) {
  const std::shared_ptr<Node>& node = self.as<NodeObj>()->node;
  if (name == "name") {
    return bound(self, name, [](Interpreter&, Args& a, Kwargs&) {
      const auto& n = a[0].as<NodeObj>()->node;
      // PyTorch's hand-written nodes give their C++ namespace; the generated ones do not.
      const std::string& short_name = n->name();
      const bool hand_written = short_name == "AccumulateGrad" || short_name == "CopyBackwards" ||
                                short_name == "CopySlices" || short_name == "NotImplemented";
      return make_str(hand_written ? "torch::autograd::" + short_name : short_name);
    });
  }
  if (name == "next_functions") {
    std::vector<Value> edges;
    for (const Edge& e : node->next_edges()) {
      edges.push_back(make_tuple({in.wrap_node(e.function), Value::integer(e.input_nr)}));
    }
    return make_tuple(edges);
  }
  if (name == "variable") {
    if (auto* acc = dynamic_cast<AccumulateGrad*>(node.get())) return in.wrap(acc->variable());
  }
  if (name == "metadata") return Value(std::make_shared<DictObj>());
  if (name == "register_hook") {
    // fn(grad_inputs, grad_outputs) after the node ran; a tuple it returns replaces grad_inputs.
    return bound(self, name, [](Interpreter& i, Args& a, Kwargs& k) -> Value {
      ArgReader r(i, "register_hook", a, k);
      Value self_node = r.required(0, "self");
      Value fn = r.required(1, "fn");
      r.done();
      std::shared_ptr<Node> n = self_node.as<NodeObj>()->node;
      Interpreter* ip = &i;
      auto as_tuple = [ip](const std::vector<Tensor>& ts) {
        std::vector<Value> items;
        for (const Tensor& t : ts) items.push_back(t.defined() ? ip->wrap(t) : none());
        return make_tuple(std::move(items));
      };
      n->post_hooks.push_back([ip, fn, as_tuple](const std::vector<Tensor>& grad_inputs,
                                                 const std::vector<Tensor>& grad_outputs) {
        Value result = ip->call(fn, {as_tuple(grad_inputs), as_tuple(grad_outputs)});
        std::vector<Tensor> replaced;
        if (result.is_none()) return replaced;
        for (const Value& v : ip->iterate(result)) replaced.push_back(v.is_none() ? Tensor() : ip->to_tensor(v, "hook result"));
        return replaced;
      });
      const size_t index = n->post_hooks.size() - 1;
      std::weak_ptr<Node> weak = n;
      return removable_handle(i, [weak, index] {
        if (auto node = weak.lock()) node->post_hooks[index] = nullptr;
      });
    });
  }
  if (name.rfind("_saved_", 0) == 0) {
    const std::string which = name.substr(7);
    for (const SavedTensorInfo& s : node->saved_tensors()) {
      if (s.name == which) {
        if (!s.value.defined()) {
          in.raise("RuntimeError",
                   "Trying to backward through the graph a second time (or directly access saved tensors after they "
                   "have already been freed). Saved intermediate values of the graph are freed when you call "
                   ".backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the "
                   "graph a second time or if you need to access saved tensors after calling backward.");
        }
        return in.wrap(s.value);
      }
    }
  }
  // A declared saved input that was not needed (its partner needs no gradient) reads as None.
  if (auto* fn = dynamic_cast<FunctionNode*>(node.get())) {
    const uint32_t mask = fn->def().saved_inputs;
    if ((name == "_saved_self" && (mask & 1u)) || (name == "_saved_other" && (mask & 2u))) return none();
  }
  // A custom Function's grad_fn is its ctx in PyTorch: saved_tensors, needs_input_grad and what
  // forward stored on ctx are read through it.
  if (Value ctx = python_function_ctx(*node); !ctx.is_none()) return in.get_attr(ctx, name);
  in.raise("AttributeError", "'" + node->name() + "' object has no attribute '" + name + "'");
}

}  // namespace

bool Interpreter::has_attr(const Value& obj, const std::string& name) {
  try {
    get_attr(obj, name);
    return true;
  } catch (PyException& e) {
    if (is_instance(e.exc, builtin_types().attribute_error.get())) return false;
    throw;
  }
}

Value Interpreter::get_attr(const Value& obj, const std::string& name) {
  if (obj.as<TensorObj>()) {
    if (auto p = tensor_property(*this, obj, name)) return *p;
    const auto& methods = tensor_methods();
    auto m = methods.find(name);
    if (m != methods.end()) return Value(std::make_shared<BoundMethodObj>(obj, make_native(name, m->second)));
    const auto& fns = tensor_functions();
    auto f = fns.find(name);
    if (f != fns.end()) return Value(std::make_shared<BoundMethodObj>(obj, make_native(name, f->second)));
    if (is_python_defined_method(name)) {
      return Value(std::make_shared<BoundMethodObj>(obj, get_attr(import_module("torch._refs", current_line()), name)));
    }
    if (name == "__class__") return Value(std::shared_ptr<Object>(std::shared_ptr<Object>{}, type_of(obj)));
    raise(T().attribute_error, "'Tensor' object has no attribute '" + name + "'");
  }
  if (auto* inst = obj.as<InstanceObj>()) {
    auto it = inst->attrs.find(name);
    if (it != inst->attrs.end()) return it->second;
    if (name == "__class__") return Value(inst->klass);
    if (const Value* v = inst->klass->lookup(name)) {
      if (v->as<FunctionObj>() || v->as<NativeFunctionObj>()) return Value(std::make_shared<BoundMethodObj>(obj, *v));
      if (auto* s = v->as<StaticMethodObj>()) return s->func;
      if (auto* c = v->as<ClassMethodObj>()) return Value(std::make_shared<BoundMethodObj>(Value(inst->klass), c->func));
      if (auto* p = v->as<PropertyObj>()) return call(p->getter, {obj});
      return *v;
    }
    if (inst->klass->is_subclass_of(T().base_exception.get())) {
      if (name == "args") return make_tuple();
      if (name == "__cause__" || name == "__context__") return none();
      if (name == "__suppress_context__") return Value::boolean(false);
    }
    if (name == "__dict__") {
      auto d = std::make_shared<DictObj>();
      for (const auto& [k, v] : inst->attrs) d->items.push_back({make_str(k), v});
      return Value(d);
    }
    // __getattr__ runs only when the normal lookup failed, as in Python.
    if (const Value* hook = inst->klass->lookup("__getattr__")) return call(*hook, {obj, make_str(name)});
    raise(T().attribute_error, "'" + inst->klass->name + "' object has no attribute '" + name + "'");
  }
  if (auto* cls = obj.as<ClassObj>()) {
    if (name == "__name__" || name == "__qualname__") return make_str(cls->name);
    if (name == "__module__") return make_str(cls->module);
    auto class_value = [](ClassObj* c) { return Value(std::shared_ptr<Object>(std::shared_ptr<Object>{}, c)); };
    if (name == "__mro__" || name == "__bases__") {
      std::vector<Value> items;
      if (name == "__mro__") for (ClassObj* c : cls->mro()) items.push_back(class_value(c));
      else for (const ClassRef& b : cls->bases) items.push_back(Value(b));
      return make_tuple(items);
    }
    if (name == "__base__") return cls->bases.empty() ? none() : Value(cls->bases.front());
    if (const Value* v = cls->lookup(name)) {
      if (auto* s = v->as<StaticMethodObj>()) return s->func;
      if (auto* c = v->as<ClassMethodObj>()) return Value(std::make_shared<BoundMethodObj>(obj, c->func));
      return *v;
    }
    raise(T().attribute_error, "type object '" + cls->name + "' has no attribute '" + name + "'");
  }
  if (auto* m = obj.as<ModuleObj>()) {
    auto it = m->attrs.find(name);
    if (it != m->attrs.end()) return it->second;
    if (auto lazy = lazy_module_attr(*m, name)) return *lazy;
    auto sub = modules().find(m->name + "." + name);
    if (sub != modules().end()) return sub->second;
    if (find_embedded_module(m->name + "." + name)) return load_library_module(m->name + "." + name);
    if (name == "__name__") return make_str(m->name);
    raise(T().attribute_error, "module '" + m->name + "' has no attribute '" + name + "'");
  }
  if (obj.as<NodeObj>() && name != "__class__") return node_attr(*this, obj, name);
  if (auto* sup = obj.as<SuperObj>()) {
    // The classes after sup->klass in the MRO of the instance's (or, in a classmethod, the
    // class's) own type: cooperative multiple inheritance, as Python's super().
    ClassObj* owner = sup->self.as<ClassObj>() ? sup->self.as<ClassObj>() : type_of(sup->self);
    const auto& order = owner->mro();
    auto start = std::find(order.begin(), order.end(), sup->klass);
    if (start != order.end()) ++start;
    for (auto it = start; it != order.end(); ++it) {
      auto found = (*it)->attrs.find(name);
      if (found == (*it)->attrs.end()) continue;
      const Value* v = &found->second;
      if (v->as<FunctionObj>() || v->as<NativeFunctionObj>()) return Value(std::make_shared<BoundMethodObj>(sup->self, *v));
      if (auto* s = v->as<StaticMethodObj>()) return s->func;
      if (auto* c = v->as<ClassMethodObj>()) {
        const Value cls = sup->self.as<ClassObj>() ? sup->self : Value(std::shared_ptr<Object>(std::shared_ptr<Object>{}, owner));
        return Value(std::make_shared<BoundMethodObj>(cls, c->func));
      }
      if (auto* p = v->as<PropertyObj>()) return call(p->getter, {sup->self});
      return *v;
    }
    if (name == "__init__") {
      // object.__init__, and BaseException.__init__(*args), which sets args.
      return bound(sup->self, "__init__", [](Interpreter& in, Args& a, Kwargs&) {
        if (auto* inst = a.at(0).as<InstanceObj>(); inst && inst->klass->is_subclass_of(T().base_exception.get())) {
          inst->attrs["args"] = make_tuple(Args(a.begin() + 1, a.end()));
        }
        return none();
      });
    }
    raise(T().attribute_error, "'super' object has no attribute '" + name + "'");
  }
  if (obj.as<StrObj>()) {
    if (auto m = str_method(*this, obj, name)) return *m;
  }
  if (obj.as<ListObj>()) {
    if (auto m = list_method(*this, obj, name)) return *m;
  }
  if (auto* d = obj.as<DictObj>()) {
    if (d->klass) {  // a dict subclass's own methods first (Counter.update counts)
      auto own = d->klass->attrs.find(name);
      if (own != d->klass->attrs.end() && own->second.as<NativeFunctionObj>()) {
        return Value(std::make_shared<BoundMethodObj>(obj, own->second));
      }
    }
    if (auto m = dict_method(*this, obj, name)) return *m;
  }
  if (obj.as<SetObj>()) {
    if (auto m = set_method(*this, obj, name)) return *m;
  }
  if (auto* tup = obj.as<TupleObj>()) {
    for (size_t i = 0; i < tup->field_names.size(); ++i) {
      if (tup->field_names[i] == name) return tup->items[i];
    }
    if (tup->klass && tup->klass->user_defined) {  // a namedtuple's _asdict, _replace, _fields
      if (const Value* v = tup->klass->lookup(name)) {
        if (v->as<NativeFunctionObj>() || v->as<FunctionObj>()) return Value(std::make_shared<BoundMethodObj>(obj, *v));
        return *v;
      }
    }
    if (name == "count" || name == "index") {
      const bool count = name == "count";
      return bound(obj, name, [count](Interpreter& in, Args& a, Kwargs&) {
        const auto& items = a[0].as<TupleObj>()->items;
        int64_t n = 0;
        for (size_t k = 0; k < items.size(); ++k) {
          if (in.equals(items[k], a.at(1))) {
            if (!count) return Value::integer(static_cast<int64_t>(k));
            ++n;
          }
        }
        if (!count) in.raise("ValueError", "tuple.index(x): x not in tuple");
        return Value::integer(n);
      });
    }
    if (name == "numel" && tup->klass == T().size.get()) {
      return bound(obj, name, [](Interpreter& in, Args& a, Kwargs&) {
        int64_t n = 1;
        for (const Value& v : a[0].as<TupleObj>()->items) n *= to_int(in, v);
        return Value::integer(n);
      });
    }
  }
  if (auto* f = obj.as<FunctionObj>()) {
    if (name == "__name__") return make_str(f->name);
    if (name == "__qualname__") return make_str(f->qualname);
    auto it = f->attrs.find(name);
    if (it != f->attrs.end()) return it->second;
    if (name == "__doc__") {  // the body's first statement, when it is a string literal
      if (f->body && !f->body->empty() && (*f->body)[0]->kind == StmtKind::Expr) {
        const Expr& e = *static_cast<const ExprStmt&>(*(*f->body)[0]).value;
        if (e.kind == ExprKind::Constant && static_cast<const ConstantExpr&>(e).const_kind == ConstKind::Str) {
          return make_str(static_cast<const ConstantExpr&>(e).str_value);
        }
      }
      return none();
    }
    if (name == "__module__") return make_str("__main__");
  }
  if (auto* n = obj.as<NativeFunctionObj>()) {
    if (name == "__name__") return make_str(n->name);
  }
  if (auto* p = obj.as<PropertyObj>()) {
    if (name == "setter" || name == "getter" || name == "deleter") {
      const int which = name == "getter" ? 0 : name == "setter" ? 1 : 2;
      Value g = p->getter, s = p->setter, d = p->deleter;
      return make_native(name, [which, g, s, d](Interpreter&, Args& a, Kwargs&) {
        return Value(std::make_shared<PropertyObj>(which == 0 ? a.at(0) : g, which == 1 ? a.at(0) : s,
                                                   which == 2 ? a.at(0) : d));
      });
    }
    if (name == "fget") return p->getter;
    if (name == "fset") return p->setter;
  }
  if (auto* m = obj.as<BoundMethodObj>()) {
    if (name == "__self__") return m->self;
    if (name == "__func__") return m->func;
  }
  if (auto* s = obj.as<SliceObj>()) {
    if (name == "start") return s->start;
    if (name == "stop") return s->stop;
    if (name == "step") return s->step;
  }
  if (auto* d = obj.as<DtypeObj>()) {
    if (name == "is_floating_point") return Value::boolean(is_floating(d->dtype));
    if (name == "itemsize") return Value::integer(static_cast<int64_t>(dtype_size(d->dtype)));
    if (name == "is_complex") return Value::boolean(false);
    if (name == "is_signed") return Value::boolean(d->dtype != DType::UInt8 && d->dtype != DType::Bool);
  }
  if (obj.as<DeviceObj>() && name == "type") return make_str("cpu");
  if (auto* ctx = obj.as<FunctionCtxObj>()) {
    if (name == "saved_tensors") {
      if (ctx->in_jvp) return make_tuple(ctx->saved_for_forward);
      if (!ctx->saved_as_variables) return make_tuple(ctx->saved);
      std::vector<Value> items;
      for (const SavedVariable& v : ctx->saved_variables) {
        items.push_back(v.was_saved() ? wrap(v.unpack(ctx->node.lock())) : none());
      }
      return make_tuple(std::move(items));
    }
    if (name == "save_for_forward") {
      return bound(obj, name, [](Interpreter&, Args& a, Kwargs&) {
        auto* c = a[0].as<FunctionCtxObj>();
        c->saved_for_forward.assign(a.begin() + 1, a.end());
        return none();
      });
    }
    if (name == "needs_input_grad") {
      std::vector<Value> flags;
      for (bool b : ctx->needs_input_grad) flags.push_back(Value::boolean(b));
      return make_tuple(flags);
    }
    if (name == "save_for_backward") {
      return bound(obj, name, [](Interpreter&, Args& a, Kwargs&) {
        auto* c = a[0].as<FunctionCtxObj>();
        c->saved.assign(a.begin() + 1, a.end());
        return none();
      });
    }
    if (name == "mark_dirty" || name == "mark_non_differentiable") {
      const bool dirty = name == "mark_dirty";
      return bound(obj, name, [dirty](Interpreter&, Args& a, Kwargs&) {
        auto* c = a[0].as<FunctionCtxObj>();
        (dirty ? c->dirty : c->non_differentiable).insert((dirty ? c->dirty : c->non_differentiable).end(), a.begin() + 1, a.end());
        return none();
      });
    }
    if (name == "set_materialize_grads") {
      return bound(obj, name, [](Interpreter& in, Args& a, Kwargs& k) {
        ArgReader r(in, "set_materialize_grads", a, k);
        Value self = r.required(0, "self");
        Value value = r.required(1, "value");
        r.done();
        self.as<FunctionCtxObj>()->materialize_grads = in.truthy(value);
        return none();
      });
    }
    auto it = ctx->attrs.find(name);
    if (it != ctx->attrs.end()) return it->second;
    raise(T().attribute_error, "'FunctionCtx' object has no attribute '" + name + "'");
  }
  if (obj.is_int() || obj.is_bool()) {
    if (name == "bit_length") {
      const int64_t x = obj.as_int();
      return bound(obj, name, [x](Interpreter&, Args&, Kwargs&) {
        uint64_t u = x < 0 ? static_cast<uint64_t>(-(x + 1)) + 1 : static_cast<uint64_t>(x);
        int64_t bits = 0;
        while (u) { ++bits; u >>= 1; }
        return Value::integer(bits);
      });
    }
    if (name == "real" || name == "numerator") return Value::integer(obj.as_int());
    if (name == "denominator") return Value::integer(1);
  }
  if (obj.is_float()) {
    if (name == "is_integer") {
      const double x = obj.as_float();
      return bound(obj, name, [x](Interpreter&, Args&, Kwargs&) { return Value::boolean(std::floor(x) == x); });
    }
    if (name == "real") return obj;
  }
  if (name == "__class__") return Value(std::static_pointer_cast<Object>(
      std::shared_ptr<ClassObj>(std::shared_ptr<ClassObj>{}, type_of(obj))));
  raise(T().attribute_error, "'" + type_of(obj)->name + "' object has no attribute '" + name + "'");
}

void Interpreter::set_attr(const Value& obj, const std::string& name, const Value& value) {
  if (obj.as<TensorObj>()) {
    set_tensor_property(*this, obj, name, value);
    return;
  }
  if (auto* inst = obj.as<InstanceObj>()) {
    const Value* hook = inst->klass->lookup("__setattr__");
    if (hook && hook->obj() != object_setattr().obj()) {
      call(*hook, {obj, make_str(name), value});
      return;
    }
    store_instance_attr(*this, obj, name, value);
    return;
  }
  if (auto* cls = obj.as<ClassObj>()) {
    if (!cls->user_defined) {
      raise(T().type_error, "cannot set '" + name + "' attribute of immutable type '" + cls->name + "'");
    }
    cls->attrs[name] = value;
    return;
  }
  if (auto* ctx = obj.as<FunctionCtxObj>()) {
    ctx->attrs[name] = value;
    return;
  }
  if (auto* m = obj.as<ModuleObj>()) {
    m->attrs[name] = value;
    return;
  }
  if (auto* f = obj.as<FunctionObj>()) {
    if (name == "__name__") {
      f->name = str(value);
      return;
    }
    if (name == "__qualname__") {
      f->qualname = str(value);
      return;
    }
    f->attrs[name] = value;  // function attributes (functools.wraps sets __wrapped__)
    return;
  }
  raise(T().attribute_error, "'" + type_of(obj)->name + "' object has no attribute '" + name + "'");
}

}  // namespace ag::interp

namespace ag::interp {

// The plain store of object.__setattr__: a property's setter runs (a property without one
// refuses, in CPython's words); anything else goes into the instance's dict.
void store_instance_attr(Interpreter& in, const Value& obj, const std::string& name, const Value& value) {
  auto* inst = obj.as<InstanceObj>();
  if (const Value* v = inst->klass->lookup(name)) {
    if (auto* p = v->as<PropertyObj>()) {
      if (p->setter.is_none()) {
        in.raise("AttributeError", "property '" + p->name() + "' of '" + inst->klass->name + "' object has no setter");
      }
      in.call(p->setter, {obj, value});
      return;
    }
  }
  inst->attrs[name] = value;
}

// object.__setattr__ / __delattr__: the plain stores that a class's own hooks fall back to
// (`super().__setattr__(name, value)`, `object.__setattr__(self, name, value)`).
const Value& object_setattr() {
  static const Value fn = make_native("__setattr__", [](Interpreter& in, Args& a, Kwargs&) {
    auto* inst = a.at(0).as<InstanceObj>();
    auto* name = a.at(1).as<StrObj>();
    if (!name) in.raise("TypeError", "attribute name must be string, not '" + in.type_of(a[1])->name + "'");
    if (!inst) {
      in.set_attr(a[0], name->value, a.at(2));
      return none();
    }
    store_instance_attr(in, a[0], name->value, a.at(2));
    return none();
  });
  return fn;
}

const Value& object_delattr() {
  static const Value fn = make_native("__delattr__", [](Interpreter& in, Args& a, Kwargs&) {
    auto* inst = a.at(0).as<InstanceObj>();
    auto* name = a.at(1).as<StrObj>();
    if (!name) in.raise("TypeError", "attribute name must be string, not '" + in.type_of(a[1])->name + "'");
    if (!inst || !inst->attrs.erase(name->value)) {
      in.raise("AttributeError", "'" + in.type_of(a[0])->name + "' object has no attribute '" + name->value + "'");
    }
    return none();
  });
  return fn;
}

void Interpreter::del_attr(const Value& obj, const std::string& name) {
  if (auto* inst = obj.as<InstanceObj>()) {
    const Value* hook = inst->klass->lookup("__delattr__");
    call(hook ? *hook : object_delattr(), {obj, make_str(name)});
    return;
  }
  call(object_delattr(), {obj, make_str(name)});
}

}  // namespace ag::interp
