import { testRule } from '../rule-tester.case.js';
import { rule } from './eval.js';

testRule(rule, {
  valid: [
    'eval("1 + 1")',
    // A parameter, a literal built across lines, another method's result: the program's own code.
    'def inject_local(name, value, binding)\n  binding.eval "#{name} = ::Pry.current[:pry_local]"\nend',
    'def insert_variable(name, value, b)\n  b.local_variable_set(:x, value)\n  b.eval("#{name} = x")\nend',
    'str = "class << self; self; end" \\\n  ".instance_method(:m)"\nnew(binding.eval(str))',
    'def load_config\n  eval(File.read(config_path))\nend',
    { code: 'eval(params[:code])', filename: 'spec/json_spec.rb' },
  ],
  invalid: [
    {
      code: 'value = eval("settings.#{params[:key]}")',
      errors: [{ line: 1, message: '`eval` runs a string built at run time as Ruby code.' }],
    },
    { code: 'def calc\n  expr = request.body.read\n  Kernel.eval(expr)\nend', errors: [{ line: 3 }] },
    { code: 'ARGV.each do |snippet|\n  eval(snippet)\nend', errors: [{ line: 2 }] },
    { code: 'code = ENV.fetch("HOOK")\nbinding.eval(code)', errors: [{ line: 2 }] },
  ],
});
