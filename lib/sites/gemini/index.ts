// The public surface of the Gemini DOM adapter.
export { SELECTORS, TEXT_NOISE, type SelectorChain, type SelectorName } from './selectors.ts';
export {
  geminiTurnsFromDom,
  readTurns,
  readTurnsWithDiagnostics,
  type DomImage,
  type DomTurn,
  type ReadTurnsOptions,
  type ReadTurnsResult,
  type ThinkingState,
} from './read-turns.ts';
export { findComposer, insertIntoComposer, type InsertOptions } from './composer.ts';
