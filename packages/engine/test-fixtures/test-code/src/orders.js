// Totals of an order: the same arithmetic as invoices.js, copied.
export function orderTotal(order) {
  let subtotal = 0;
  for (const line of order.lines) {
    const price = line.unitPrice * line.quantity;
    const discount = line.discount ? price * line.discount : 0;
    subtotal += price - discount;
  }
  const tax = subtotal * order.taxRate;
  const shipping = subtotal > 100 ? 0 : order.shipping;
  return Math.round((subtotal + tax + shipping) * 100) / 100;
}

export function orderLabel(order) {
  return `#${order.id} (${order.lines.length} lines)`;
}
