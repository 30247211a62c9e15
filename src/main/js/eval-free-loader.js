// TeaVM's WebAssembly GC loader, made to compile no JavaScript from text.
//
// TeaVM's loader (0.15.0 and 0.16.0 alike) builds its glue with `new Function(params..., source)`: the
// lookup of a global by name, a wrapper for each Java method handed to JavaScript, and a caller for
// each number of arguments (0 to 31) of each kind of call into JavaScript. A page whose Content
// Security Policy lacks 'unsafe-eval' refuses every one of them. Here the loader runs with `Function`
// bound to `glue` below, which recognises each of those source texts and returns a closure that does
// the same. A text it does not know is refused with an error that names it, as the policy would refuse
// it.
//
// The build (rnnplayground.build.EvalFreeLoader) puts TeaVM's loader where the marker is.
(function (Function) {
/* @TEAVM_LOADER@ */
}(function () {
  'use strict';

  const NAME = '[A-Za-z_$][\\w$]*';
  const PATH = NAME + '(?:\\.' + NAME + ')*';
  const LIST = '((?:\\.\\.\\.)?' + NAME + '(?:, (?:\\.\\.\\.)?' + NAME + ')*|)';
  const CATCH = '\\s*\\}\\s*catch \\(e\\) \\{\\s*(?:rethrowJavaAsJs|rethrowJsAsJava)\\(e\\);\\s*\\}\\s*';
  const GLOBAL_GET = new RegExp('^return (' + PATH + ');$');
  const GLOBAL_SET = new RegExp('^(' + PATH + ') = value;$');
  const WRAPPER = new RegExp('^return function\\(' + LIST + '\\) \\{\\s*try \\{\\s*return fn\\(' + LIST + '\\);'
      + CATCH + '\\};$');
  const NAMED_CONSTRUCTOR = new RegExp('^return function (' + NAME + ')\\(marker, javaObject\\) \\{\\s*'
      + 'return constructor\\.call\\(this, marker, javaObject\\);\\s*\\}\\s*$');
  const CALL = new RegExp('^try \\{\\s*return fn\\(' + LIST + '\\);' + CATCH + '$');
  const CALL_METHOD = new RegExp('^try \\{\\s*return instance !== null\\s*\\? instance\\[method\\]\\(' + LIST
      + '\\)\\s*: getGlobalName\\(method\\)\\(' + LIST + '\\);' + CATCH + '$');
  const CONSTRUCT = new RegExp('^try \\{\\s*return new constructor\\(' + LIST + '\\);' + CATCH + '$');
  const ARRAY = new RegExp('^return \\[' + LIST + '\\]$');
  const RETURN_PARAMETER = new RegExp('^return (' + NAME + ');?$');
  const BODY_COMPILER = /^return new Function\('wrapCallFromJavaToJs', .*\)\.bind\(this, wrapCallFromJavaToJs\);$/;

  function names(list) {
    return list === '' ? [] : list.split(', ');
  }

  function sameNames(a, b) {
    return a.length === b.length && a.every((name, k) => name === b[k]);
  }

  // Where a global name such as "performance" or "a.b" lives: its object and the key in it.
  function place(path) {
    const keys = path.split('.');
    const key = keys.pop();
    return { object: keys.reduce((object, k) => object[k], globalThis), key };
  }

  function lookUp(path) {
    const { object, key } = place(path);
    if (object === globalThis && !(key in globalThis)) {
      throw new ReferenceError(key + ' is not defined');
    }
    return object[key];
  }

  // `return function(p0, ...p1) { try { return fn(this, p0, p1); } catch ... }`: the declared
  // parameters (the last may gather the rest) handed on in the order of the call, `this` included.
  function wrapper(declared, passed) {
    const rest = declared.length > 0 && declared[declared.length - 1].startsWith('...');
    const params = declared.map(name => name.replace('...', ''));
    const sources = passed.map(name => {
      const k = params.indexOf(name);
      if (name !== 'this' && k < 0) {
        throw new EvalError('unknown argument ' + name);
      }
      return k;
    });
    return (rethrow, fn) => function (...args) {
      const values = params.map((name, k) => rest && k === params.length - 1 ? args.slice(k) : args[k]);
      try {
        return fn(...sources.map(k => k < 0 ? this : values[k]));
      } catch (e) {
        rethrow(e);
      }
    };
  }

  function namedConstructor(name) {
    return constructor => {
      const made = function (marker, javaObject) {
        return constructor.call(this, marker, javaObject);
      };
      Object.defineProperty(made, 'name', { value: name });
      return made;
    };
  }

  // The callers get their leading arguments (bound by the loader) first, then the call's own.
  function call(rethrow, fn, ...args) {
    try {
      return fn(...args);
    } catch (e) {
      rethrow(e);
    }
  }

  function callMethod(rethrow, getGlobalName, instance, method, ...args) {
    try {
      return instance !== null ? instance[method](...args) : getGlobalName(method)(...args);
    } catch (e) {
      rethrow(e);
    }
  }

  function construct(rethrow, constructor, ...args) {
    try {
      return new constructor(...args);
    } catch (e) {
      rethrow(e);
    }
  }

  function array(...items) {
    return items;
  }

  // A @JSBody method's body. The page declares none; TeaVM's own class library has one that the
  // WebAssembly build keeps (JSString.valueOf, "return str;", used when an exception is made), and
  // a body that only returns one of its parameters needs no compiling. Any other is refused.
  function compileBody(wrapCallFromJavaToJs, ...namesAndBody) {
    const body = namesAndBody.pop();
    const returned = RETURN_PARAMETER.exec(body);
    const k = returned ? namesAndBody.indexOf(returned[1]) : -1;
    if (k < 0) {
      throw new EvalError('JavaScript compiled from text is refused here (a @JSBody method): ' + body);
    }
    return (...args) => args[k];
  }

  function numbered(params, from) {
    const tail = params.slice(from);
    return tail.every((name, k) => name === 'p' + (k + 1)) ? tail : null;
  }

  function recognise(params, source) {
    let match;
    let tail;
    if (params.length === 0 && (match = GLOBAL_GET.exec(source))) {
      const path = match[1];
      return () => lookUp(path);
    }
    if (sameNames(params, ['value']) && (match = GLOBAL_SET.exec(source))) {
      const target = match[1];
      return value => {
        const { object, key } = place(target);
        object[key] = value;
      };
    }
    if (sameNames(params, ['rethrowJavaAsJs', 'fn']) && (match = WRAPPER.exec(source))) {
      return wrapper(names(match[1]), names(match[2]));
    }
    if (sameNames(params, ['constructor']) && (match = NAMED_CONSTRUCTOR.exec(source))) {
      return namedConstructor(match[1]);
    }
    if (params[0] === 'wrapCallFromJavaToJs' && params[params.length - 1] === 'body' && BODY_COMPILER.test(source)) {
      return compileBody;
    }
    if (sameNames(params.slice(0, 2), ['rethrowJsAsJava', 'fn']) && (tail = numbered(params, 2))
        && (match = CALL.exec(source)) && sameNames(names(match[1]), tail)) {
      return call;
    }
    if (sameNames(params.slice(0, 4), ['rethrowJsAsJava', 'getGlobalName', 'instance', 'method'])
        && (tail = numbered(params, 4)) && (match = CALL_METHOD.exec(source))
        && sameNames(names(match[1]), tail) && sameNames(names(match[2]), tail)) {
      return callMethod;
    }
    if (sameNames(params.slice(0, 2), ['rethrowJsAsJava', 'constructor']) && (tail = numbered(params, 2))
        && (match = CONSTRUCT.exec(source)) && sameNames(names(match[1]), tail)) {
      return construct;
    }
    if ((tail = numbered(params, 0)) && (match = ARRAY.exec(source)) && sameNames(names(match[1]), tail)) {
      return array;
    }
    return null;
  }

  // Called as `new Function(...)` by the loader: returning a function makes it the result of `new`.
  return function glue(...texts) {
    const params = texts.slice(0, -1).map(String);
    const source = String(texts[texts.length - 1]);
    const made = recognise(params, source);
    if (made === null) {
      throw new EvalError('JavaScript compiled from text is refused here: function (' + params.join(', ') + ') {'
          + source + '}');
    }
    return made;
  };
}()));
