config = {"lr": 0.01, "epochs": 10}
print(config["lr"])
print(config.get("batch_size", 32))
print(config["batch_size"])
