import { orderTotal } from '../src/orders.js';

// Tests spell their inputs out: the two cases below are alike on purpose.
export function testTotalWithDiscount(assert) {
  const order = {
    id: 1,
    taxRate: 0.2,
    shipping: 5,
    lines: [
      { unitPrice: 10, quantity: 2, discount: 0.5 },
      { unitPrice: 30, quantity: 1, discount: 0 },
    ],
  };
  assert.equal(orderTotal(order), 48);
}

export function testTotalWithoutDiscount(assert) {
  const order = {
    id: 2,
    taxRate: 0.2,
    shipping: 5,
    lines: [
      { unitPrice: 10, quantity: 2, discount: 0 },
      { unitPrice: 30, quantity: 1, discount: 0 },
    ],
  };
  debugger;
  assert.equal(orderTotal(order), 66);
}
