"""Orders: totals and discounts."""


def order_total(order, rates):
    """Sum an order's lines in its currency, with tax."""
    total = 0
    for line in order.lines:
        price = line.price * line.quantity
        if line.discount:
            price -= price * line.discount
        total += price
    return round(total * rates[order.currency], 2)
