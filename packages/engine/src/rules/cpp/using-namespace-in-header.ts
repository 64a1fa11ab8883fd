import type { Rule } from '../types.js';

const HEADER = /\.(?:h|hh|hpp|hxx|h\+\+|inl|ipp|tcc)$/i;
/**
 * A namespace of implementation details (`detail`, `internal`, `impl`, `adl`, `_private`, `fmt_detail`): no user code
 * opens it, so a directive there (fmt's `namespace adl { using namespace std; }`, for argument-dependent lookup) leaks
 * into nothing the header's includers write.
 */
const DETAIL_NAMESPACE = /^(?:details?|internal|impl|adl|_\w*|\w+_(?:details?|impl|internal))$/;
// Inside a function the directive stays local to it.
const LOCAL_SCOPES = new Set(['compound_statement', 'function_definition']);

export const rule: Rule = {
  meta: {
    id: 'cpp/using-namespace-in-header',
    equivalents: { clangTidy: ['google-build-using-namespace', 'google-global-names-in-headers'] },
    tool: 'plumb',
    language: 'cpp',
    category: 'Best_Practice',
    severity: 'high',
    labels: ['coding-style'],
    remediationMinutes: 10,
    docs: {
      whatItFinds:
        'A `using namespace` directive at namespace or file scope in a header file (clang-tidy ' +
        'google-build-using-namespace, C++ Core Guidelines SF.7, cpplint build/namespaces); one inside a ' +
        'namespace of implementation details (`detail`, `internal`, `impl`, `adl`) or an anonymous one, which no ' +
        'includer opens, is ' +
        'left alone, and so is one of a user-defined-literals namespace (`std::literals`, `fmt::literals`), made to ' +
        "be brought in, as clang-tidy exempts `std`'s.",
      whyItMatters:
        'Every file that includes the header inherits the directive: names from the namespace leak into code ' +
        'that never asked for them, causing ambiguities and silently changing which overload is called.',
      example: {
        bad: '// widget.hpp\nusing namespace std;\nstring name(const widget&);',
        good: '// widget.hpp\nstd::string name(const widget&);',
      },
    },
  },
  create(context) {
    if (!HEADER.test(context.filename)) return {};
    return {
      using_declaration(node) {
        if (!node.children.some((child) => child?.type === 'namespace')) return;
        for (let scope = node.parent; scope; scope = scope.parent) {
          if (LOCAL_SCOPES.has(scope.type)) return;
          if (scope.type !== 'namespace_definition') continue;
          // An anonymous namespace is as closed to includers as a detail one (doctest's implementation part).
          const namespace = scope.childForFieldName('name')?.text;
          if (namespace === undefined || DETAIL_NAMESPACE.test(namespace.split('::').at(-1) ?? '')) return;
        }
        const name = node.namedChildren.at(-1)?.text ?? '';
        // `std::literals`, `std::chrono_literals`, `fmt::literals`: user-defined literals, made to be brought in.
        if (/literals$/.test(name)) return;
        context.report({
          node,
          message: `\`using namespace ${name}\` in a header leaks into every file that includes it.`,
          help:
            'Qualify names in the header (`std::string`), or move ' +
            'the directive into the .cpp file or a function body.',
        });
      },
    };
  },
};
