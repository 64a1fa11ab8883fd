const WIDTH = 30;

/** A one-line progress bar redrawn in place on a terminal; a no-op when stderr is not a TTY (CI, pipes). */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): {
  update: (done: number, total: number) => void;
  clear: () => void;
} {
  if (!stream.isTTY) return { update: () => {}, clear: () => {} };
  let drawn = false;
  return {
    update(done, total) {
      const filled = total === 0 ? WIDTH : Math.round((WIDTH * done) / total);
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} files`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
