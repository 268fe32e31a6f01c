# lesson: {"order": 1, "slug": "aliasing", "title": "Reference counting and aliasing"}
# Every Python object carries a reference count: how many references point at it. A name is a
# reference; so is a slot in a list. Assigning a name to another name does not copy the object,
# it adds a reference. `del` removes a name — one reference — and the object is freed the moment
# its count reaches zero.
# @2: A new list, one reference: the name `data`.
# @3: `alias = data` copies the reference, not the list: the count goes to 2.
# @4: A list slot is a reference too: 3.
# @6: `del alias` removes a name, not the object: back to 2.
# @8: `holder.clear()` drops the slot's reference. Nothing else holds... except `data`.
# @10: The last reference goes: the list is freed at once, and its items with it.
import sys
data = [1, 2, 3]
alias = data
holder = [data]
print("three references:", sys.getrefcount(data) - 1)
del alias
print("after del alias:", sys.getrefcount(data) - 1)
holder.clear()
print("after holder.clear():", sys.getrefcount(data) - 1)
del data
print("data is gone; holder is", holder)
