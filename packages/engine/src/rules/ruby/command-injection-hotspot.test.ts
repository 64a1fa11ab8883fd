import { testRule } from '../rule-tester.case.js';
import { rule } from './command-injection-hotspot.js';

testRule(rule, {
  valid: [
    'system("git", "log", ref)',
    'system("make clean")',
    'out = `ls -la`',
    'out = `git rev-parse #{REF}`',
    'system("kill -9 #{pid.to_i}")',
    'system("rm #{path.shellescape}")',
    'logger.exec("run #{x}")',
    'puts "hello #{name}"',
    'Open3.capture2("sort", stdin_data: input)',
    'system "kill -9 #{pipe.pid}"',
    // The script's own location is not input (redis utils/generate-module-api-doc.rb).
    'git_dir = File.dirname(__FILE__) ++ "/../.git"\nx = `git --git-dir="#{git_dir}" tag`',
    'root = File.expand_path("..", __dir__)\nsystem("make -C #{root}")',
    'x = `ls #{File.dirname(__FILE__)}`',
    'def run\n  dir = File.join(__dir__, "bin")\n  system("#{dir}/build")\nend',
    // A value an allow-list regex has let through holds nothing the shell reads (redis's release tags).
    'tags.each_line do |version|\n  next if version !~ /^(\\d+)\\.\\d+\\.\\d+?$/ || $1.to_i < 4\n' +
      '  version.chomp!\n  `git cat-file blob "#{version}:src/module.c"`\nend',
    'def deploy(ref)\n  return unless ref.match?(/\\A[\\w.\\/-]+\\z/)\n  system("git checkout #{ref}")\nend',
    'def tag(name)\n  raise ArgumentError, "bad tag" unless ' +
      '/\\A[a-z0-9_-]{1,40}\\z/i =~ name\n  `git tag #{name}`\nend',
    `File.foreach("VERSIONS") do |v|
  next unless v =~ /^\\d+(?:\\.\\d+)*$/ && v.size < 20
  system("fetch #{v}")
end`,
    // The program word, or the whole command line, chooses what runs: the shell adds nothing to that.
    'cargo = which("cargo")\nlist = `#{cargo} install --list`',
    'version = `DEVELOPER_DIR=\'\' "#{xcodebuild}" -version`',
    'def run(command)\n  `#{command}`\nend',
    'system("#{root}/bin/setup --quiet")',
    'shell = `ps -p #{Process.ppid} -o ucomm=`',
    // A local variable assigned only escaped values or literals.
    'def tag(path)\n  escaped = path.shellescape\n  system("xattr -w tag 1 #{escaped}")\nend',
    'def cov\n  out = "/tmp/coverage.info"\n  system("genhtml #{out} -o html")\nend',
    // Tests and specs build commands and payloads on purpose.
    { code: 'x = `ls #{dir}`', filename: 'spec/models/user_spec.rb' },
    { code: 'x = `ls #{dir}`', filename: 'test/request_test.rb' },
  ],
  invalid: [
    {
      code: 'files = `ls #{dir}`',
      errors: [{ line: 1, message: 'Backtick command interpolates a value into a shell string.' }],
    },
    { code: 'x = %x(grep #{pattern} log.txt)', errors: [{ line: 1 }] },
    // A variable also assigned something unescaped, or escaped in another method, is still input.
    { code: 'def a(p, raw)\n  x = p.shellescape\n  x = raw if raw\n  `ls #{x}`\nend', errors: [{ line: 4 }] },
    // An argument after the program word, or a second command after `;`, is still reported.
    { code: 'out = `#{go} version -m #{binary}`', errors: [{ line: 1 }] },
    { code: 'system("cd /tmp; #{cmd}")', errors: [{ line: 1 }] },
    { code: 'exec("FL=1 #{$PROGRAM_NAME} #{ARGV.join(\' \')}")', errors: [{ line: 1 }] },
    {
      code: 'def build\n  system("tar xzf #{file}")\nend',
      errors: [{ line: 2, message: '`system` runs an interpolated string through the shell.' }],
    },
    {
      code: 'exec "rm -rf #{dir}"\nOpen3.capture3("git #{args}")\nIO.popen("cat #{f}")',
      errors: [{ line: 1 }, { line: 2 }, { line: 3 }],
    },
    // A variable also assigned from input, or assigned the location in another method, is still input.
    { code: 'dir = __dir__\ndir = ARGV[0] if ARGV[0]\nsystem("ls #{dir}")', errors: [{ line: 3 }] },
    { code: 'def a\n  dir = __dir__\nend\ndef b\n  system("ls #{dir}")\nend', errors: [{ line: 5 }] },
    { code: 'x = `ls #{File.join(__dir__, name)}`', errors: [{ line: 1 }] },
    { code: 'Kernel.system({ "A" => "1" }, "make #{target}")', errors: [{ line: 1 }] },
    // Guards that let shell syntax through: `^`/`$` on a value that may hold several
    // lines, `.` or `\s`, an unanchored end, a guard that does not leave, a check after
    // the command, a value changed after the guard, a block variable that shadows.
    {
      code: 'def deploy(ref)\n  return unless ref =~ /^[\\w.-]+$/\n  system("git checkout #{ref}")\nend',
      errors: [{ line: 3 }],
    },
    {
      code: 'def deploy(ref)\n  return unless ref =~ /\\A[\\w-]+.*\\z/\n  system("git checkout #{ref}")\nend',
      errors: [{ line: 3 }],
    },
    {
      code: 'def deploy(ref)\n  return unless ref =~ /\\A[\\w\\s]+\\z/\n  system("git checkout #{ref}")\nend',
      errors: [{ line: 3 }],
    },
    {
      code: 'def deploy(ref)\n  return unless ref =~ /\\A[+-=\\w]+\\z/\n  system("git checkout #{ref}")\nend',
      errors: [{ line: 3 }],
    },
    {
      code: 'def deploy(ref)\n  return unless ref =~ /\\A\\w+/\n  system("git checkout #{ref}")\nend',
      errors: [{ line: 3 }],
    },
    {
      code: 'def deploy(ref)\n  warn "odd" unless ref =~ /\\A\\w+\\z/\n  system("git checkout #{ref}")\nend',
      errors: [{ line: 3 }],
    },
    {
      code: 'def deploy(ref)\n  system("git checkout #{ref}")\n  return unless ref =~ /\\A\\w+\\z/\nend',
      errors: [{ line: 2 }],
    },
    {
      code: 'def deploy(ref)\n  return if ref !~ /\\A\\w+\\z/ && strict\n  system("git checkout #{ref}")\nend',
      errors: [{ line: 3 }],
    },
    {
      code: `def deploy(ref)
  return unless ref =~ /\\A\\w+\\z/
  ref << ARGV[0]
  system("git checkout #{ref}")
end`,
      errors: [{ line: 4 }],
    },
    {
      code: `def deploy(ref, refs)
  return unless ref =~ /\\A\\w+\\z/
  refs.each { |ref| system("git checkout #{ref}") }
end`,
      errors: [{ line: 3 }],
    },
  ],
});
