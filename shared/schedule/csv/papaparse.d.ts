// Types for papaparse's own file. The bare "papaparse" import would bring @types/papaparse, which pulls in
// Node's types (`/// <reference types="node" />`) and so would let Node globals into shared/ unnoticed.
declare module "papaparse/papaparse.js" {
  interface ParseError {
    type: string;
    code: string;
    message: string;
  }
  interface StepResult {
    data: string[];
    errors: ParseError[];
  }
  interface ParseConfig {
    delimiter?: string;
    skipEmptyLines?: boolean;
    step: (result: StepResult) => void;
  }
  interface UnparseConfig {
    newline?: string;
    delimiter?: string;
  }
  const Papa: {
    parse(text: string, config: ParseConfig): void;
    unparse(data: readonly (readonly string[])[], config?: UnparseConfig): string;
  };
  export default Papa;
}
