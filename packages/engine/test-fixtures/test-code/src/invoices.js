export function invoiceTotal(invoice) {
  let subtotal = 0;
  for (const line of invoice.lines) {
    const price = line.unitPrice * line.quantity;
    const discount = line.discount ? price * line.discount : 0;
    subtotal += price - discount;
  }
  const tax = subtotal * invoice.taxRate;
  const shipping = subtotal > 100 ? 0 : invoice.shipping;
  return Math.round((subtotal + tax + shipping) * 100) / 100;
}
