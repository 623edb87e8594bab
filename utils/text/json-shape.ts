/**
 * Checks parsed JSON before zod sees it: keys that could reach an object's prototype anywhere in the
 * tree, and nesting deeper than any Insyn export has. Iterative, so a hostile file cannot exhaust the stack.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ShapeProblem {
  path: string;
  code: 'forbiddenKey' | 'tooDeep';
}

export function checkJsonShape(root: unknown, maxDepth: number): ShapeProblem | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > maxDepth) return { path, code: 'tooDeep' };
    if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: `${path}[${index}]`, depth: depth + 1 }));
      continue;
    }
    for (const key of Object.keys(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return { path: childPath, code: 'forbiddenKey' };
      stack.push({ value: (value as Record<string, unknown>)[key], path: childPath, depth: depth + 1 });
    }
  }
  return undefined;
}
