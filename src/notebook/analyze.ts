/**
 * What a cell declares and what it reads, from its acorn AST.
 *
 * Two walks. The first records, for every scope-making node, the names declared in it (`var` in
 * the nearest function body, `let`/`const`/`class`/block functions in the nearest block, params
 * and a function expression's own name on the function, a catch param on the catch clause). The
 * second visits every identifier in a reference position and looks the name up through its
 * ancestors; a name no ancestor declares is free. acorn-walk already skips what is not a
 * reference (labels, member properties, non-computed keys, meta properties) and hands binding
 * identifiers to `VariablePattern`, where declarations are told apart from assignment targets.
 */
import type { AnyNode, Pattern } from 'acorn';
import { ancestor } from 'acorn-walk';
import type { AncestorVisitors } from 'acorn-walk';
import { GLOBALS } from './globals.js';

export interface Analysis {
  /** Names declared by the top-level statements of a program, in source order: the outputs. */
  declarations: string[];
  /** Free names (read or written, declared nowhere in the cell), sorted; globals included. */
  references: string[];
}

/** An assignment to a free name: it could only change the cell's copy, so it is an error. */
export class AssignmentError extends SyntaxError {
  constructor(
    readonly variable: string,
    /** Offset in the source. */
    readonly pos: number,
  ) {
    super(`Assignment to external variable '${variable}'`);
    this.name = 'SyntaxError';
  }
}

type Ancestors = AnyNode[];
type Visitor<T extends AnyNode = AnyNode> = (node: T, state: unknown, ancestors: Ancestors) => void;

const BLOCK_SCOPES = new Set([
  'Program', 'BlockStatement', 'StaticBlock', 'ForStatement', 'ForInStatement', 'ForOfStatement', 'SwitchStatement',
]);
const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
const PATTERNS = new Set(['ObjectPattern', 'ArrayPattern', 'RestElement', 'AssignmentPattern', 'Property']);
const BINDERS = new Set([...FUNCTIONS, 'VariableDeclarator', 'CatchClause', 'ClassDeclaration', 'ClassExpression']);

/** Declarations and free references of a cell's AST (a Program, or an Expression for an expression cell). */
export function analyze(root: AnyNode): Analysis {
  const scopes = declaredNames(root);
  const free = new Set<string>();

  function reference(name: string, ancestors: Ancestors, assignment: number | undefined): void {
    for (let i = ancestors.length - 2; i >= 0; i--) {
      const node = ancestors[i]!;
      if (scopes.get(node)?.has(name)) return;
      if (name === 'arguments' && (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression')) return;
    }
    if (assignment !== undefined) throw new AssignmentError(name, assignment);
    free.add(name);
  }

  const visitors: Record<string, Visitor> = {
    Identifier: (node, _, ancestors) => {
      if (node.type !== 'Identifier') return;
      const parent = ancestors[ancestors.length - 2];
      const assigned =
        parent?.type === 'UpdateExpression' ||
        ((parent?.type === 'ForInStatement' || parent?.type === 'ForOfStatement') && parent.left === node);
      reference(node.name, ancestors, assigned ? node.start : undefined);
    },
    // Identifiers in binding position: a declaration, or the target of an assignment.
    VariablePattern: (node, _, ancestors) => {
      if (node.type !== 'Identifier') return;
      let i = ancestors.length - 2;
      while (i > 0 && PATTERNS.has(ancestors[i]!.type)) i--;
      if (BINDERS.has(ancestors[i]?.type ?? '')) return;
      reference(node.name, ancestors, node.start);
    },
  };
  ancestor(root, visitors as AncestorVisitors<unknown>);

  return {
    declarations: root.type === 'Program' ? topLevelDeclarations(root.body) : [],
    references: [...free].sort(),
  };
}

/**
 * The inputs among free references: everything but globals, except that a builtin or a name some
 * cell of the notebook defines wins over a global of the same name.
 */
export function selectInputs(
  references: readonly string[],
  supplied: { builtins?: ReadonlySet<string>; defined?: ReadonlySet<string>; globals?: ReadonlySet<string> } = {},
): string[] {
  const globals = supplied.globals ?? GLOBALS;
  return references.filter((name) => !globals.has(name) || supplied.builtins?.has(name) || supplied.defined?.has(name));
}

/** Names bound by a pattern: `{a, b: [c, ...d], e = 1}` → a, c, d, e. */
export function patternNames(pattern: Pattern, names: string[] = []): string[] {
  switch (pattern.type) {
    case 'Identifier':
      names.push(pattern.name);
      break;
    case 'ObjectPattern':
      for (const p of pattern.properties) patternNames(p.type === 'Property' ? p.value : p.argument, names);
      break;
    case 'ArrayPattern':
      for (const p of pattern.elements) if (p) patternNames(p, names);
      break;
    case 'RestElement':
      patternNames(pattern.argument, names);
      break;
    case 'AssignmentPattern':
      patternNames(pattern.left, names);
      break;
    case 'MemberExpression':
      break; // an assignment target, never a declaration
  }
  return names;
}

function topLevelDeclarations(body: readonly AnyNode[]): string[] {
  const names: string[] = [];
  for (const statement of body) {
    if (statement.type === 'VariableDeclaration') for (const d of statement.declarations) patternNames(d.id, names);
    else if (statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') {
      if (statement.id) names.push(statement.id.name);
    }
  }
  return [...new Set(names)];
}

/** For each scope-making node, the names declared in it. */
function declaredNames(root: AnyNode): Map<AnyNode, Set<string>> {
  const scopes = new Map<AnyNode, Set<string>>();
  const declare = (scope: AnyNode, names: readonly string[]) => {
    let set = scopes.get(scope);
    if (!set) scopes.set(scope, (set = new Set()));
    for (const name of names) set.add(name);
  };
  // `ancestors` ends with the node itself: its enclosing scopes start one step up.
  const nearest = (ancestors: Ancestors, test: (node: AnyNode) => boolean): AnyNode => {
    for (let i = ancestors.length - 2; i >= 0; i--) if (test(ancestors[i]!)) return ancestors[i]!;
    return root;
  };
  const blockScope = (ancestors: Ancestors) => nearest(ancestors, (n) => BLOCK_SCOPES.has(n.type));
  const varScope = (ancestors: Ancestors): AnyNode => {
    const scope = nearest(ancestors, (n) => FUNCTIONS.has(n.type) || n.type === 'StaticBlock' || n.type === 'Program');
    // A function's vars live in its body, which its parameters' default values can't see.
    return 'body' in scope && FUNCTIONS.has(scope.type) ? (scope.body as AnyNode) : scope;
  };

  const visitors: Record<string, Visitor> = {
    VariableDeclaration: (node, _, ancestors) => {
      if (node.type !== 'VariableDeclaration') return;
      const names = node.declarations.flatMap((d) => patternNames(d.id));
      declare(node.kind === 'var' ? varScope(ancestors) : blockScope(ancestors), names);
    },
    Function: (node) => {
      if (!FUNCTIONS.has(node.type) || !('params' in node)) return;
      const names = (node.params as Pattern[]).flatMap((p) => patternNames(p));
      if (node.type === 'FunctionExpression' && node.id) names.push(node.id.name);
      declare(node, names);
    },
    FunctionDeclaration: (node, _, ancestors) => {
      if (node.type === 'FunctionDeclaration' && node.id) declare(blockScope(ancestors), [node.id.name]);
    },
    ClassDeclaration: (node, _, ancestors) => {
      if (node.type === 'ClassDeclaration' && node.id) declare(blockScope(ancestors), [node.id.name]);
    },
    ClassExpression: (node) => {
      if (node.type === 'ClassExpression' && node.id) declare(node, [node.id.name]);
    },
    CatchClause: (node) => {
      if (node.type === 'CatchClause' && node.param) declare(node, patternNames(node.param));
    },
    ImportDeclaration: (node) => {
      if (node.type === 'ImportDeclaration') declare(root, node.specifiers.map((s) => s.local.name));
    },
  };
  ancestor(root, visitors as AncestorVisitors<unknown>);
  return scopes;
}
