// dict_items ^ dict_items (Objects/dictobject.c: dictitems_xor, 3.10+): a copy of the left dict
// loses each right-hand pair it holds an equal value for; the other right-hand pairs go into the
// result set as new tuples, then the copy's remaining items are added.

import { PyDict } from '../../objects/dict';
import { decref, incref } from '../../objects/object';
import { newTuple } from '../../objects/tuple';
import { gcNew } from '../../gc/heap';
import { makeNewSet, setUpdateInternal } from '../../objects/storage/setOps';
import { pyEq } from '../../eval/compare';
import { PyDictView, dictCopy } from './dict';

export function dictitemsXor(d1: PyDict, d2: PyDict): unknown {
  const temp = dictCopy(d1);
  const result = makeNewSet(false, undefined);
  let tempHeld = true;
  try {
    // _PyDict_Next over d2: each key and value held, looked up in the copy with the stored hash
    for (let pos = 0; pos < d2.ks.length; pos++) {
      if (!d2.isLive(pos)) continue;
      const key = incref(d2.ks[pos]);
      const val2 = incref(d2.vs[pos]);
      const hash = d2.knownHash(key);
      let val1: unknown;
      try {
        val1 = temp.getKnown(key, hash);
        let toDelete = false;
        if (val1 !== undefined) {
          incref(val1);
          toDelete = pyEq(val1, val2);
        }
        if (toDelete) temp.deleteKnown(key, hash);
        else {
          const pair = newTuple([incref(key), incref(val2)]);
          try {
            result.add(pair);
          } finally {
            decref(pair);
          }
        }
      } finally {
        decref(key);
        if (val1 !== undefined) decref(val1);
        decref(val2);
      }
    }
    // PyObject_CallMethodNoArgs(temp_dict, "items"), then _PySet_Update
    const remaining = gcNew(new PyDictView(incref(temp), 'items'));
    try {
      setUpdateInternal(result, remaining);
    } finally {
      tempHeld = false;
      decref(temp);
      decref(remaining);
    }
    return result;
  } catch (e) {
    // the error exit: temp_dict (unless already released above) and result_set
    if (tempHeld) decref(temp);
    decref(result);
    throw e;
  }
}
