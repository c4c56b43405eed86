// The app's stylesheet: every rule closes before the next begins. The sheet uses no nesting, so a selector that starts
// a line inside a block is a lost brace, which would nest (and so switch off) every rule after it: a merge once did.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';

describe('app.css', () => {
  it('closes every rule before the next begins, and every block it opens', () => {
    const lines = fs.readFileSync(path.join(ROOT, 'renderer', 'src', 'app.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).split('\n');
    let depth = 0;
    const nested: string[] = [];
    lines.forEach((line, i) => {
      // Inside an at-rule (@media) rules are indented; a rule at the line's start belongs at the top.
      if (depth > 0 && /^[^\s}@]/.test(line)) nested.push(`line ${i + 1}: ${line.trim()}`);
      depth += (line.match(/{/g) ?? []).length - (line.match(/}/g) ?? []).length;
    });
    expect(nested).toEqual([]);
    expect(depth).toBe(0);
  });
});
