print("never analyzed")
