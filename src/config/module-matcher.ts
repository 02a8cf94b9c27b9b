/** The package a specifier loads from: 'axios/lib/x' -> 'axios', '@org/http/client' -> '@org/http'. */
export function packageNameOf(specifier: string): string {
  return specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
}

/**
 * Matches a specifier against banned module names. A banned package covers its subpaths
 * (`axios/lib/x`), never look-alikes (`axios-retry`, `@types/axios`).
 * Returns the banned name that matched.
 */
export function createModuleMatcher(modules: Iterable<string>): (specifier: string) => string | undefined {
  const banned = new Set(modules);
  return (specifier) => {
    if (banned.has(specifier)) return specifier;
    for (let slash = specifier.indexOf('/'); slash !== -1; slash = specifier.indexOf('/', slash + 1)) {
      const prefix = specifier.slice(0, slash);
      if (banned.has(prefix)) return prefix;
    }
    return undefined;
  };
}
