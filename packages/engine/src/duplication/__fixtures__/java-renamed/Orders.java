package shop;

import java.util.List;

public class Orders {
    public int countLarge(List<Order> orders, int threshold) {
        int count = 0;
        for (Order order : orders) {
            if (order.total() > threshold && !order.isCancelled()) {
                count = count + 1;
                log.info("large order " + order.id());
            }
        }
        return count;
    }
}
