// comment
const a = 1; // trailing

/* block
   more */
const s = `template
// not a comment
`;
