print("vardag")
