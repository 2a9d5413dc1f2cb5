// @observablehq/runtime 6 ships no types (and there is no @types package): the part we use.
// See https://github.com/observablehq/runtime#readme.
declare module '@observablehq/runtime' {
  /** Told of a variable's state; every method is optional. */
  export interface Observer {
    pending?(): void;
    fulfilled?(value: unknown, name?: string | null): void;
    rejected?(error: unknown, name?: string | null): void;
  }

  /**
   * A definition: called with the inputs' values (and `this` = the previous value); its result,
   * awaited if a promise and iterated if a generator, is the variable's value. A non-function is
   * a constant.
   */
  export type Definition = unknown;

  export class Variable {
    define(name: string | null, inputs: readonly string[], definition: Definition): this;
    define(inputs: readonly string[], definition: Definition): this;
    define(definition: Definition): this;
    import(name: string, module: Module): this;
    import(remote: string, name: string, module: Module): this;
    delete(): this;
  }

  export class Module {
    /** A variable observed by `observer` (`true`: observed without callbacks); unobserved ones compute only when needed. */
    variable(observer?: Observer | boolean, options?: { shadow?: Record<string, Definition> }): Variable;
    define(name: string | null, inputs: readonly string[], definition: Definition): Variable;
    redefine(name: string, inputs: readonly string[], definition: Definition): Variable;
    import(name: string, module: Module): Variable;
    derive(injects: readonly (string | { name: string; alias?: string })[], module: Module): Module;
    builtin(name: string, value: unknown): void;
    value(name: string): Promise<unknown>;
  }

  export class Runtime {
    /** Builtins are defined like variables with no inputs: a function is called for the value. */
    constructor(builtins?: Record<string, Definition>, global?: (name: string) => unknown);
    module(): Module;
    module(define: (runtime: Runtime, observer: (name: string) => Observer | undefined) => void, observer?: (name: string) => Observer | undefined): Module;
    dispose(): void;
  }

  export class RuntimeError extends Error {
    constructor(message: string, input?: string);
    readonly input?: string;
  }
}
