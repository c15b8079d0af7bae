// _warnings: warnings.warn(message, category=UserWarning, stacklevel=1) as CPython prints it
// to stderr, "file:line: Category: message", once per message and place (the default filter).
#include <set>

#include "interp/args.h"
#include "interp/interpreter.h"

namespace ag::interp {

void install_warnings(Interpreter& interp) {
  auto module = std::make_shared<ModuleObj>("_warnings");
  auto seen = std::make_shared<std::set<std::string>>();
  module->attrs["warn"] = make_native("warn", [seen](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "warn", a, k);
    Value message = r.required(0, "message");
    auto category = r.get(1, "category");
    r.get(2, "stacklevel");
    r.done();
    std::string name = "UserWarning";
    if (category && !category->is_none()) {
      if (auto* c = category->as<ClassObj>()) name = c->name;
    }
    const std::string place = in.current_file() + ":" + std::to_string(in.current_line());
    const std::string text = place + ": " + name + ": " + in.str(message) + "\n";
    if (seen->insert(text).second) in.write_error(text);
    return none();
  });
  interp.modules()["_warnings"] = Value(module);
}

}  // namespace ag::interp
