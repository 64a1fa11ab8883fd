/**
 * Lines that only C++ has, after GitHub Linguist's heuristics for `.h` files (its `cpp` named pattern): a C++
 * standard header, `template <`, `try`/`catch`/`constexpr`, `class`/`namespace`/`using namespace`, an access
 * specifier, `__has_cpp_attribute` or a `__cplusplus` version test, and `std::` names. `extern "C"` behind
 * `#ifdef __cplusplus`, which C headers carry for C++ callers, is not among them.
 */
const CPP_STANDARD_HEADERS =
  'cstdint|string|vector|map|list|array|bitset|queue|stack|forward_list|unordered_map|unordered_set|memory|' +
  'utility|functional|algorithm|(?:i|o|io)stream';
const CPP_ONLY = [
  new RegExp(`^\\s*#\\s*include\\s*<(?:${CPP_STANDARD_HEADERS})>`, 'm'),
  /^\s*template\s*</m,
  /^[ \t]*(?:try|constexpr)\b/m,
  /^[ \t]*catch\s*\(/m,
  /^[ \t]*(?:class|(?:using[ \t]+)?namespace)\s+\w+/m,
  /^[ \t]*(?:private|public|protected):\s*$/m,
  /__has_cpp_attribute|__cplusplus\s*>/,
  /\bstd::\w+/,
];

/** Bytes of a `.h` file read to decide: the C++ of a header shows in its first declarations. */
export const HEADER_SNIFF_BYTES = 128 * 1024;

/** Whether the text of a `.h` file is C++ (`.h` is C's extension, and C++ projects such as spdlog use it too). */
export function isCppHeaderText(text: string): boolean {
  return CPP_ONLY.some((pattern) => pattern.test(text));
}
