import { testRule } from '../rule-tester.case.js';
import { rule } from './defer-in-loop.js';

testRule(rule, {
  valid: [
    // The body closes each reader itself; the defer only covers the early returns (goreleaser's zip copy).
    'package p\nfunc f(files []*File) error {\n\tfor _, zf := range files {\n\t\trr, err := zf.Open()\n' +
      '\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tdefer rr.Close()\n' +
      '\t\tif _, err = io.Copy(w, rr); err != nil {\n\t\t\treturn err\n\t\t}\n\t\t_ = rr.Close()\n\t}\n' +
      '\treturn nil\n}',
    // The path through the defer returns: the loop never goes round again after it.
    'package p\nfunc f(c *Conn) {\n\tfor {\n\t\tif err := c.Send(); err != nil {\n\t\t\tc.mu.Lock()\n' +
      '\t\t\tdefer c.mu.Unlock()\n\t\t\tc.report(err)\n\t\t\treturn\n\t\t}\n\t}\n}',
    'package p\nfunc f() {\n\tmu.Lock()\n\tdefer mu.Unlock()\n}',
    'package p\nfunc f(names []string) {\n\tfor _, n := range names {\n\t\tfunc() {\n\t\t\tf, _ := os.Open(n)\n' +
      '\t\t\tdefer f.Close()\n\t\t}()\n\t}\n}',
    'package p\nfunc f() {\n\tdefer func() {\n\t\tfor _, c := range cs {\n\t\t\tc.Close()\n\t\t}\n\t}()\n}',
    'package p\nfunc f(fs []*Flag) {\n\tfor _, f := range fs {\n\t\tf.Hidden = true\n' +
      '\t\tdefer func() { f.Hidden = false }()\n\t}\n}',
    'package p\nfunc f() {\n\tfor i := range n {\n\t\tdefer fmt.Println(i)\n\t}\n}',
    'package p\nfunc f(names []string) error {\n\tfor _, n := range names {\n' +
      '\t\tf, err := os.Open(n)\n\t\tif err != nil {\n\t\t\tcontinue\n\t\t}\n' +
      '\t\tdefer f.Close()\n\t\tuse(f)\n\t\tbreak\n\t}\n\treturn nil\n}',
    // Closing, when the function returns, each of the loggers it has just replaced: the loop opens nothing.
    'package p\nfunc f(old []*Logger) {\n\tfor _, l := range old {\n\t\tif l != nil {\n\t\t\tdefer l.Close()\n' +
      '\t\t}\n\t}\n}',
    // Each block opened is kept for use after the loop, and closed when the function is done with all of them.
    'package p\nfunc f(dirs []string) {\n\tvar blocks []*Block\n\tfor _, d := range dirs {\n\t\tb, err := Open(d)\n' +
      '\t\tif err != nil {\n\t\t\treturn\n\t\t}\n\t\tdefer b.Close()\n\t\tblocks = append(blocks, b)\n\t}\n' +
      '\tmerge(blocks)\n}',
    'package p\nfunc f(names []string) {\n\tfiles := map[string]*os.File{}\n\tfor _, n := range names {\n' +
      '\t\tf, _ := os.Open(n)\n\t\tdefer f.Close()\n\t\tfiles[n] = f\n\t}\n\tuse(files)\n}',
    // A labelled break leaves the loop (through the switch around the defer), or an outer loop's continue does.
    'package p\nfunc f(encs []string) {\nL:\n\tfor _, e := range encs {\n\t\tswitch e {\n\t\tcase "gzip":\n' +
      '\t\t\tgw := gzip.NewWriter(w)\n\t\t\tdefer gw.Close()\n\t\t\tuse(gw)\n\t\t\tbreak L\n\t\t}\n\t}\n}',
    'package p\nfunc f(rows [][]string) {\nOuter:\n\tfor _, row := range rows {\n\t\tfor _, n := range row {\n' +
      '\t\t\tf, _ := os.Open(n)\n\t\t\tdefer f.Close()\n\t\t\tcontinue Outer\n\t\t}\n\t}\n}',
  ],
  invalid: [
    // A labelled continue of the loop itself goes round again.
    {
      code:
        'package p\nfunc f(names []string) {\nL:\n\tfor _, n := range names {\n\t\tf, _ := os.Open(n)\n' +
        '\t\tdefer f.Close()\n\t\tcontinue L\n\t}\n}',
      errors: [{ line: 6 }],
    },
    // A break in a switch leaves the switch, not the loop.
    {
      code:
        'package p\nfunc f(xs []X) {\n\tfor _, x := range xs {\n\t\tswitch x.kind {\n\t\tcase 1:\n' +
        '\t\t\tmu.Lock()\n\t\t\tdefer mu.Unlock()\n\t\t\tbreak\n\t\t}\n\t}\n}',
      errors: [{ line: 7 }],
    },
    // Opened per table, read, and not kept: each iterator stays open until the function returns.
    {
      code:
        'package p\nfunc f(tables []*Table) {\n\tfor _, t := range tables {\n\t\tit := t.NewIterator()\n' +
        '\t\tdefer it.Close()\n\t\tbest = pick(best, it.Value())\n\t}\n}',
      errors: [{ line: 5 }],
    },
    {
      code:
        'package p\nfunc f(names []string) {\n\tfor _, n := range names {\n' +
        '\t\tf, _ := os.Open(n)\n\t\tdefer f.Close()\n\t}\n}',
      errors: [
        {
          line: 5,
          message: '`defer f.Close()` inside a loop runs only when the function returns, not after each iteration.',
        },
      ],
    },
    {
      code: 'package p\nfunc f() {\n\tfor {\n\t\tif ok {\n\t\t\tdefer mu.Unlock()\n\t\t}\n\t}\n}',
      errors: [{ line: 5 }],
    },
    {
      code:
        'package p\nfunc f(files map[string]string) {\n\tfor _, v := range files {\n\t\tfd, _ := os.Open(v)\n' +
        '\t\tdefer fd.Close()\n\t\tif done(fd) {\n\t\t\tbreak\n\t\t}\n\t}\n}',
      errors: [{ line: 5 }],
    },
  ],
});
