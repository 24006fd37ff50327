// Types of bundle.mjs (plain JavaScript, so that the launcher can run it before TypeScript).
export declare const BUNDLE_HOME: string;
export declare function sourcesHash(extra?: readonly string[]): string;
export declare function bundleOnce(
  name: string,
  entry: string,
  extra?: readonly string[],
): Promise<string>;
