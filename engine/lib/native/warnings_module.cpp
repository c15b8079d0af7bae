// _warnings: warnings.warn(message, category=UserWarning, stacklevel=1) as CPython prints it
// to stderr, "file:line: Category: message", once per message and place (the default filter).
#include <algorithm>
#include <set>

#include "python/args.h"
#include "python/interpreter.h"

namespace ag::interp {

void install_warnings(Interpreter& interp) {
  auto module = std::make_shared<ModuleObj>("_warnings");
  auto seen = std::make_shared<std::set<std::string>>();
  module->attrs["warn"] = make_native("warn", [seen](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "warn", a, k);
    Value message = r.required(0, "message");
    auto category = r.get(1, "category");
    auto level = r.get(2, "stacklevel");
    r.done();
    std::string name = "UserWarning";
    if (category && !category->is_none()) {
      if (auto* c = category->as<ClassObj>()) name = c->name;
    }
    // warnings.warn (engine/lib/python/warnings.py) calls us: stacklevel 1 is the line that called it.
    const auto& sites = in.call_sites();
    const int64_t stacklevel = std::max<int64_t>(1, level && !level->is_none() ? to_int(in, *level) : 1);
    std::string place = "sys:1";  // CPython's place for a stacklevel beyond the outermost frame
    if (static_cast<int64_t>(sites.size()) >= stacklevel) {
      const auto& site = sites[sites.size() - static_cast<size_t>(stacklevel)];
      place = site.first + ":" + std::to_string(site.second);
    }
    const std::string text = place + ": " + name + ": " + in.str(message) + "\n";
    if (seen->insert(text).second) in.write_error(text);
    return none();
  });
  interp.modules()["_warnings"] = Value(module);
}

}  // namespace ag::interp
