const helpers = require('./helpers');

function topByValue(items, limit) {
  const seen = new Set();
  const result = [];
  for (const item of items) {
    if (seen.has(item.key)) continue;
    seen.add(item.key);
    result.push({ key: item.key, value: item.value * 2 });
  }
  result.sort((a, b) => b.value - a.value);
  return result.slice(0, limit).map((entry) => entry.key);
}

module.exports = { topByValue, helpers };
