// The built-in classes (int, list, torch.Tensor, RuntimeError, ...). They are immutable and
// shared by all sessions; sessions own everything else.
#pragma once

#include <string>

#include "python/value.h"

namespace ag::interp {

struct BuiltinTypes {
  ClassRef type, object, none_type, bool_, int_, float_, str, list, tuple, dict, set, function,
      builtin_function, method, module, slice, ellipsis, range, iterator, staticmethod,
      classmethod, property, tensor, dtype, device, size, return_types_max, return_types_min,
      function_ctx, grad_mode, node, autograd_function, parameter, ordered_dict, defaultdict, counter, generator;
  // Exceptions
  ClassRef base_exception, exception, arithmetic_error, zero_division_error, overflow_error,
      assertion_error, attribute_error, import_error, module_not_found_error, lookup_error,
      index_error, key_error, name_error, unbound_local_error, runtime_error, recursion_error,
      not_implemented_error, stop_iteration, type_error, value_error, timeout_error,
      memory_error, keyboard_interrupt, syntax_error, indentation_error, warning, user_warning,
      deprecation_warning, future_warning, runtime_warning,
      linalg_error;  // torch.linalg.LinAlgError (torch._C._LinAlgError), a RuntimeError
};

const BuiltinTypes& builtin_types();

// The class of a built-in iterator by its CPython name ("list_iterator", "zip", "enumerate").
ClassObj* iterator_class(const char* name);

// The NotImplemented singleton a binary dunder returns to let the other operand try.
const Value& not_implemented();

// The exception class for a name ("RuntimeError" -> RuntimeError), or null.
ClassRef exception_class(const std::string& name);

}  // namespace ag::interp
