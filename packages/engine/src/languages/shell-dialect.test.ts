import { describe, expect, it } from 'vitest';
import { languageFromExtension, languageFromFirstLine } from '../walk/detect-language.js';
import { shellDialect } from './shell-dialect.js';

describe('zsh files', () => {
  it.each([
    ['plugins/git/git.plugin.zsh', ''],
    ['themes/robbyrussell.zsh-theme', ''],
    ['lib/cli.zsh', ''],
    ['home/.zshrc', ''],
    ['bin/upgrade', '#!/usr/bin/env zsh\n'],
    ['bin/upgrade', '#!/bin/zsh -f\n'],
    ['plugins/docker/_docker', '#compdef docker dockerd\n'],
    ['functions/prompt_setup', '#autoload\n'],
  ])('%s with first line %j is zsh', (filename, source) => {
    expect(shellDialect(filename, source)).toBe('zsh');
  });

  it.each([
    ['install.sh', '#!/bin/sh\n'],
    ['run', '#!/usr/bin/env bash\n'],
    ['tools/zshify.sh', '# converts scripts to zsh\n'],
    ['notes.zsh.sh', '#!/bin/bash\n'],
  ])('%s with first line %j is POSIX-family', (filename, source) => {
    expect(shellDialect(filename, source)).toBe('posix');
  });

  it('recognises zsh files as shell by name and, without an extension, by their first line', () => {
    expect(languageFromExtension('themes/agnoster.zsh-theme')).toBe('shell');
    expect(languageFromExtension('plugins/z/z.plugin.zsh')).toBe('shell');
    expect(languageFromExtension('.zshrc')).toBe('shell');
    expect(languageFromFirstLine('#compdef _wd wd')).toBe('shell');
    expect(languageFromFirstLine('#!/usr/bin/env zsh')).toBe('shell');
    expect(languageFromFirstLine('# compdef is a word here')).toBeUndefined();
    expect(languageFromExtension('notes.zsh-history')).toBeUndefined();
  });
});
