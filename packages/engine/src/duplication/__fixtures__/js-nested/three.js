export const dedupe = async (items) => {
  await Promise.resolve();
  const seen = new Set();
  const result = [];
  for (const item of items) {
    if (seen.has(item.key)) continue;
    seen.add(item.key);
    result.push({ key: item.key, value: item.value * 2 });
  }
  return result;
};
