// The builtin type objects. Their methods are attached by the modules that implement them.

import { PyType, setTypeType } from './typeobject/type';

function bt(name: string, base: PyType | null, module = 'builtins'): PyType {
  return new PyType(name, base ? [base] : [], true, module);
}

export const T_object = bt('object', null);
export const T_type = bt('type', T_object);
setTypeType(T_type);
export const T_int = bt('int', T_object);
export const T_bool = bt('bool', T_int);
export const T_float = bt('float', T_object);
export const T_complex = bt('complex', T_object);
export const T_str = bt('str', T_object);
export const T_NoneType = bt('NoneType', T_object);
export const T_list = bt('list', T_object);
export const T_tuple = bt('tuple', T_object);
export const T_dict = bt('dict', T_object);
export const T_set = bt('set', T_object);
export const T_frozenset = bt('frozenset', T_object);
export const T_bytes = bt('bytes', T_object);
export const T_function = bt('function', T_object);
export const T_builtin = bt('builtin_function_or_method', T_object);
export const T_method_descriptor = bt('method_descriptor', T_object);
export const T_wrapper_descriptor = bt('wrapper_descriptor', T_object);
export const T_method_wrapper = bt('method-wrapper', T_object);
export const T_method = bt('method', T_object);
export const T_cell = bt('cell', T_object);
export const T_range = bt('range', T_object);
export const T_module = bt('module', T_object);
export const T_slice = bt('slice', T_object);
export const T_property = bt('property', T_object);
export const T_staticmethod = bt('staticmethod', T_object);
export const T_classmethod = bt('classmethod', T_object);
export const T_super = bt('super', T_object);
export const T_getset_descriptor = bt('getset_descriptor', T_object);
export const T_member_descriptor = bt('member_descriptor', T_object);
export const T_iterator = bt('iterator', T_object); // renamed per kind by iterators.ts
export const T_dict_keys = bt('dict_keys', T_object);
export const T_dict_values = bt('dict_values', T_object);
export const T_dict_items = bt('dict_items', T_object);
export const T_weakref = bt('weakref', T_object, 'weakref');
export const T_weakproxy = bt('weakproxy', T_object, 'weakref');
export const T_NotImplementedType = bt('NotImplementedType', T_object);
export const T_ellipsis = bt('ellipsis', T_object);

// --- exceptions (Objects/exceptions.c) ---
export const T_BaseException = bt('BaseException', T_object);
export const T_Exception = bt('Exception', T_BaseException);
export const T_SystemExit = bt('SystemExit', T_BaseException);
export const T_KeyboardInterrupt = bt('KeyboardInterrupt', T_BaseException);
export const T_ArithmeticError = bt('ArithmeticError', T_Exception);
export const T_ZeroDivisionError = bt('ZeroDivisionError', T_ArithmeticError);
export const T_OverflowError = bt('OverflowError', T_ArithmeticError);
export const T_AssertionError = bt('AssertionError', T_Exception);
export const T_AttributeError = bt('AttributeError', T_Exception);
export const T_LookupError = bt('LookupError', T_Exception);
export const T_IndexError = bt('IndexError', T_LookupError);
export const T_KeyError = bt('KeyError', T_LookupError);
export const T_NameError = bt('NameError', T_Exception);
export const T_UnboundLocalError = bt('UnboundLocalError', T_NameError);
export const T_TypeError = bt('TypeError', T_Exception);
export const T_ValueError = bt('ValueError', T_Exception);
export const T_RuntimeError = bt('RuntimeError', T_Exception);
export const T_RecursionError = bt('RecursionError', T_RuntimeError);
export const T_NotImplementedError = bt('NotImplementedError', T_RuntimeError);
export const T_ReferenceError = bt('ReferenceError', T_Exception);
export const T_MemoryError = bt('MemoryError', T_Exception);
export const T_SystemError = bt('SystemError', T_Exception);
export const T_StopIteration = bt('StopIteration', T_Exception);
export const T_ImportError = bt('ImportError', T_Exception);
export const T_ModuleNotFoundError = bt('ModuleNotFoundError', T_ImportError);
export const T_SyntaxError = bt('SyntaxError', T_Exception);
export const T_IndentationError = bt('IndentationError', T_SyntaxError);
export const T_UnicodeError = bt('UnicodeError', T_ValueError);
export const T_UnicodeEncodeError = bt('UnicodeEncodeError', T_UnicodeError);
export const T_UnicodeDecodeError = bt('UnicodeDecodeError', T_UnicodeError);
export const T_OSError = bt('OSError', T_Exception);
export const T_Warning = bt('Warning', T_Exception);
export const T_UserWarning = bt('UserWarning', T_Warning);
export const T_DeprecationWarning = bt('DeprecationWarning', T_Warning);
export const T_ResourceWarning = bt('ResourceWarning', T_Warning);

export const EXCEPTION_TYPES: PyType[] = [
  T_BaseException, T_Exception, T_SystemExit, T_KeyboardInterrupt, T_ArithmeticError,
  T_ZeroDivisionError, T_OverflowError, T_AssertionError, T_AttributeError, T_LookupError,
  T_IndexError, T_KeyError, T_NameError, T_UnboundLocalError, T_TypeError, T_ValueError,
  T_RuntimeError, T_RecursionError, T_NotImplementedError, T_ReferenceError, T_MemoryError,
  T_StopIteration, T_SystemError, T_ImportError, T_ModuleNotFoundError, T_SyntaxError, T_IndentationError,
  T_UnicodeError, T_UnicodeEncodeError, T_UnicodeDecodeError, T_OSError, T_Warning, T_UserWarning, T_DeprecationWarning, T_ResourceWarning,
];

// generators (Objects/genobject.c): thrown in by close()
export const T_GeneratorExit = bt('GeneratorExit', T_BaseException);
EXCEPTION_TYPES.push(T_GeneratorExit);
