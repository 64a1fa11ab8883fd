/** Comment node types across the grammars Plumb loads. */
export const COMMENT_TYPES = ['comment', 'line_comment', 'block_comment'] as const;
