class ConfigError(Exception):
    pass

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad setting: " + text) from e

print("port:", parse("8080"))
print("timeout:", parse("30"))
print("retries:", parse("three"))
