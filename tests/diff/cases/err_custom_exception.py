class InsufficientFunds(Exception):
    pass

class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds("balance %d, requested %d" % (self.balance, amount))
        self.balance -= amount
        print("withdrew", amount, "left", self.balance)

acct = Account(100)
acct.withdraw(30)
acct.withdraw(50)
acct.withdraw(40)
