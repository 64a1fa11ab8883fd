package billing;

import java.util.Map;

public class Invoices {
    private final Map<String, Invoice> byId = new java.util.HashMap<>();

    public int countOverdue(List<Invoice> invoices, int days) {
        int overdue = 0;
        for (Invoice invoice : invoices) {
            if (invoice.age() > days && !invoice.isPaid()) {
                overdue = overdue + 2;
                log.warn("overdue invoice " + invoice.number());
            }
        }
        return overdue;
    }
}
