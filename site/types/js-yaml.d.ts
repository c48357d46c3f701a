/**
 * js-yaml ships no types and @types/js-yaml is not a dependency. Werkpad only calls `load`, on
 * front matter that is validated with zod right after, so `unknown` is the honest return type.
 */
declare module 'js-yaml' {
  /** Parses one YAML document. */
  export function load(text: string): unknown;
}
