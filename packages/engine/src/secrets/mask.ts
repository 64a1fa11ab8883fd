/** The first four characters of a secret and an ellipsis: enough to find it, too little to use it. */
export function maskSecret(value: string): string {
  return `${value.slice(0, Math.min(4, Math.floor(value.length / 3)))}…`;
}
