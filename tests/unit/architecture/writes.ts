import ts from 'typescript';

/**
 * The database writes in one source file, found in its syntax tree: a call of a Dexie write method on the
 * database (`db.<table>.put(…)`, `db.table(name).clear()`, `db.x.where(…).modify(…)`) or on a name bound to
 * part of it, and every read-write transaction (`db.transaction('rw', …)`), whatever runs inside it.
 * Each write is named `<file>:<line> <call>`.
 */
const WRITE_METHODS = new Set(['put', 'bulkPut', 'add', 'bulkAdd', 'update', 'bulkUpdate', 'modify', 'delete', 'bulkDelete', 'clear']);

/** The names the code gives the database: `db` by convention, and whatever is typed or opened as it. */
const DATABASE_TYPE = 'InsynDatabase';
const OPENS_DATABASE = 'getDatabase';

function rootOf(node: ts.Expression): ts.Expression {
  let at = node;
  for (;;) {
    if (ts.isPropertyAccessExpression(at) || ts.isElementAccessExpression(at) || ts.isCallExpression(at)) at = at.expression;
    else if (ts.isParenthesizedExpression(at) || ts.isAsExpression(at) || ts.isNonNullExpression(at) || ts.isAwaitExpression(at))
      at = at.expression;
    else return at;
  }
}

function boundNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : boundNames(element.name)));
}

function databaseNames(file: ts.SourceFile): Set<string> {
  const names = new Set(['db']);
  const visit = (node: ts.Node) => {
    if (ts.isParameter(node) || ts.isVariableDeclaration(node)) {
      const typed = node.type?.getText(file) === DATABASE_TYPE;
      const opened = node.initializer !== undefined && isDatabase(node.initializer, names);
      // `const { risks } = db`: each name taken out of the database is a table of it.
      if (typed || opened) for (const name of boundNames(node.name)) names.add(name);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

/** An expression rooted in the database: `db…`, `getDatabase()…`, or a name bound to one of those. */
function isDatabase(node: ts.Expression, names: ReadonlySet<string>): boolean {
  const root = rootOf(node);
  if (ts.isIdentifier(root)) return names.has(root.text) || root.text === OPENS_DATABASE;
  return false;
}

function isReadWrite(call: ts.CallExpression): boolean {
  const mode = call.arguments[0];
  return mode !== undefined && ts.isStringLiteralLike(mode) && /^(rw|readwrite)/.test(mode.text);
}

export function writesIn(path: string, source: string): string[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const names = databaseNames(file);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const write =
        method === 'transaction' ? isReadWrite(node) : WRITE_METHODS.has(method) && isDatabase(node.expression.expression, names);
      if (write) {
        const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
        found.push(`${path}:${line} ${node.expression.getText(file).replace(/\s+/g, '')}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
