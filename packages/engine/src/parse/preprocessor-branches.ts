const CONDITIONAL = /^[ \t]*#[ \t]*(if|ifdef|ifndef|elif|elifdef|elifndef|else|endif)\b/;

/**
 * The source as a preprocessor would give it if the first branch of every conditional were taken: the
 * `#if…`/`#else`/`#endif` lines and every later branch blanked out (newlines kept, so every position stays), as
 * lizard reads C. tree-sitter parses the directives as blocks around whole statements, so a conditional that opens
 * a brace in each branch (`#ifdef _WIN32 if (a) { #else if (b) { #endif … }`) breaks the rest of the file
 * (zookeeper's `mt_adaptor.c`).
 */
export function firstPreprocessorBranches(source: string): string {
  return firstBranchesWithLines(source).text;
}

/** `firstPreprocessorBranches`, with the (0-based, ascending) numbers of the lines it blanked. */
export function firstBranchesWithLines(source: string): { text: string; blankedLines: number[] } {
  const original = source.split('\n');
  const lines = [...original];
  // For each open conditional: whether the lines now read are in a branch after its first.
  const inAlternative: boolean[] = [];
  let blanking = 0;
  const blankedLines: number[] = [];
  const blank = (index: number) => {
    lines[index] = ' '.repeat(original[index]!.length);
    blankedLines.push(index);
  };
  for (let index = 0; index < lines.length; index++) {
    const line = original[index]!;
    const directive = CONDITIONAL.exec(line)?.[1];
    if (directive === undefined) {
      if (blanking > 0 && line.trim() !== '') blank(index);
      continue;
    }
    if (directive.startsWith('if')) inAlternative.push(false);
    else if (directive === 'endif') {
      if (inAlternative.pop()) blanking--;
    } else if (inAlternative.length > 0 && !inAlternative[inAlternative.length - 1]) {
      inAlternative[inAlternative.length - 1] = true;
      blanking++;
    }
    blank(index);
    // A directive continued over several lines with `\` is blanked whole.
    while (original[index]!.trimEnd().endsWith('\\') && index + 1 < lines.length) blank(++index);
  }
  return { text: blankedLines.length > 0 ? lines.join('\n') : source, blankedLines };
}
