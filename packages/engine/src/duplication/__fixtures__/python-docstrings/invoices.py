"""Invoices: what customers owe."""


def order_total(order, rates):
    """
    Add up the lines of an order, converted to the order's currency.

    Discounts apply per line, before conversion.
    """
    total = 0
    for line in order.lines:
        price = line.price * line.quantity
        if line.discount:
            price -= price * line.discount
        total += price
    return round(total * rates[order.currency], 2)
