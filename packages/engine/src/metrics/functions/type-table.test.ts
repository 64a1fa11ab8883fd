import { describe, expect, it } from 'vitest';
import { parseSource } from '../../parse/parser.js';
import { cSpec } from './languages/c.js';
import { concernedTypes } from './type-table.js';

describe('concernedTypes', () => {
  it('marks by type id the node types the C spec names, and no others', async () => {
    const tree = await parseSource('c', 'int f(int a) { if (a && 1) return 2; /* x */ return 0; }\n');
    try {
      const names = tree.language.types;
      const table = concernedTypes(cSpec, names);
      const idOf = (type: string) => names.indexOf(type);
      for (const type of ['function_definition', 'if_statement', '&&', 'comment', 'else']) {
        expect(table[idOf(type)], type).toBe(1);
      }
      for (const type of ['number_literal', 'parameter_list', 'return_statement'])
        expect(table[idOf(type)], type).toBe(0);
      expect(concernedTypes(cSpec, names)).toBe(table);
    } finally {
      tree.delete();
    }
  });
});
