export interface Queue {
  size: number;
}
export const Queue = { size: 0 };

export function drain(queue: any, unusedLimit: number): Queue {
  const forgotten: Array<string> = [];
  return queue;
}
