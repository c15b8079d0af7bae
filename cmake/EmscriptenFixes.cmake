# Debian's Emscripten 3.1.6 with Node 20: the workarounds listed in shared/TOOLCHAIN.md.

# em++ runs acorn-optimizer.js under /usr/bin/node, which does not search /usr/share/nodejs.
set(CMAKE_CXX_LINKER_LAUNCHER ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs)

# Emscripten.cmake hides host package configs; xtensor & co. are header-only and safe to use.
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)
list(APPEND CMAKE_PREFIX_PATH /usr/lib/x86_64-linux-gnu/cmake /usr/share/cmake)

# The imported targets point at /usr/include, which would put glibc's headers before the
# emscripten sysroot. Re-point them to a folder holding only the header-only libraries.
set(AG_WASM_INCLUDE_DIR ${CMAKE_BINARY_DIR}/host-headers)
file(MAKE_DIRECTORY ${AG_WASM_INCLUDE_DIR})
foreach(lib xtensor xtl xsimd nlohmann)
  if(EXISTS /usr/include/${lib} AND NOT EXISTS ${AG_WASM_INCLUDE_DIR}/${lib})
    file(CREATE_LINK /usr/include/${lib} ${AG_WASM_INCLUDE_DIR}/${lib} SYMBOLIC)
  endif()
endforeach()

set(CMAKE_CROSSCOMPILING_EMULATOR /usr/bin/node --no-experimental-fetch)

# Native WebAssembly exceptions: C++ throws unwind inside wasm, with no JS invoke_* trampoline
# around every call that may throw (measured: a pure-Python loop 1.6x faster, autograd.wasm
# 548 KB -> 486 KB gzip). Debian's Emscripten cache ships the wasm-EH libc++abi; Node 20 and
# Chromium run it.
add_compile_options(-fwasm-exceptions)
add_link_options(-fwasm-exceptions)

# Size matters more than peak speed for a module a page downloads: optimise for size.
set(CMAKE_CXX_FLAGS_RELEASE "-Oz -DNDEBUG" CACHE STRING "" FORCE)
set(CMAKE_EXE_LINKER_FLAGS_RELEASE "-Oz" CACHE STRING "" FORCE)
