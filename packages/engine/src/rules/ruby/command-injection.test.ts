import { testRule } from '../rule-tester.case.js';
import { rule } from './command-injection.js';

testRule(rule, {
  valid: [
    'system("make clean")',
    'system("tar", "xzf", params[:file])',
    'system("rm #{params[:path].shellescape}")',
    // A parameter, a block variable over literals, another method's result: the program's own values.
    'def deploy(ref)\n  system("git checkout #{ref}")\nend',
    '%w[editor nano vi].find do |exe|\n  Kernel.system("which #{exe} > /dev/null 2>&1")\nend',
    'exe = default_pager.split(" ").first\n`which #{exe}`',
    // An action's own `params` argument, or a local `request`, is not the web request.
    'def self.run(params)\n  sh("lsof -i:#{params[:port]}")\n  system("kill #{params[:pid]}")\nend',
    'request = build_request\nsystem("curl #{request.url}")',
    // The user names the program to run, which the shell does not widen.
    'system("#{ENV.fetch("EDITOR", "vi")} notes.txt")',
    { code: 'x = `ls #{params[:dir]}`', filename: 'spec/models/user_spec.rb' },
  ],
  invalid: [
    {
      code: 'files = `ls #{params[:dir]}`',
      errors: [{ line: 1, message: 'Backtick command interpolates a value into a shell string.' }],
    },
    {
      code: 'def convert\n  name = params[:file]\n  system("convert #{name} out.png")\nend',
      errors: [{ line: 3, message: '`system` runs an interpolated string through the shell.' }],
    },
    { code: 'ARGV.each do |host|\n  system("ping -c 1 #{host}")\nend', errors: [{ line: 2 }] },
    { code: 'x = %x(grep #{ENV["PATTERN"]} log.txt)', errors: [{ line: 1 }] },
    // A request value as the program word is remote code execution.
    { code: 'out = `#{params[:tool]} --version`', errors: [{ line: 1 }] },
  ],
});
