var unusedVendor = 1;
