import { describe, expect, it } from 'vitest';
import { LANGUAGES, type LanguageId } from '../languages/registry.js';
import { parseSource } from './parser.js';

// Constructs that go through each grammar's external scanner (heredocs, raw strings, templates, indentation).
const SAMPLES: Record<LanguageId, string> = {
  typescript: 'const a = `t ${b}`;\nfunction f<T>(x: T): T { return x as T; }\n',
  tsx: 'const a = () => <div>{`x ${y}`}</div>;\n',
  javascript: 'const a = `t ${b} ${`n ${c}`}`;\nconst r = /ab+c/g;\nfunction f() { return <div>{a}</div>; }\n',
  python: 'def f(a):\n    if a:\n        return f"x {a!r}"\n    return """doc"""\n',
  java: 'class A { String f() { return """\n text\n """; } }\n',
  go: 'package a\nfunc f() string { return `raw` }\n',
  c: '#define X(a) a\nint f(int a) { return a ? 1 : 2; }\n',
  cpp: 'auto s = R"x(raw)x";\ntemplate<class T> T f(T a) { return a; }\n',
  rust: 'fn f() -> &\'static str { let s = r#"raw "x" "#; /* /* nested */ */ s }\n',
  ruby: 'x = <<~EOS\n  hi #{a}\nEOS\ndef f(a)\n  case a\n  when 1 then :x\n  end\nend\n',
  php: '<?php\n$x = <<<EOT\nhello {$a}\nEOT;\nfunction f($a) { return match($a) { 1 => "x", default => "y" }; }\n',
  scala: 'object A {\n  def f(x: Int): String = x match {\n    case 1 => s"a $x"\n    case _ => """raw"""\n  }\n}\n',
  shell: 'f() {\n  case "$1" in\n    a) echo a;;\n    *) echo b;;\n  esac\n}\nx=$(cat <<EOF\nhi\nEOF\n)\n',
};

describe('parseSource', () => {
  it.each(LANGUAGES.map((spec) => spec.id))(
    'parses %s, scanner-heavy constructs included, without errors',
    async (id) => {
      const tree = await parseSource(id, SAMPLES[id]);
      try {
        expect(tree.rootNode.hasError).toBe(false);
        expect(tree.rootNode.endPosition.row).toBeGreaterThan(0);
      } finally {
        tree.delete();
      }
    },
  );

  it('marks broken code as an error instead of throwing', async () => {
    const tree = await parseSource('java', 'class { void f( { }');
    expect(tree.rootNode.hasError).toBe(true);
    tree.delete();
  });
});
