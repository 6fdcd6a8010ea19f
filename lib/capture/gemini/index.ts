// The public surface of the Gemini capture parsers.
export * from './schema.ts';
export { createFrameReader, readFrames, rowsOfFrame, wrbRowsOfFrame, type FrameReader, type FrameStats, type WrbRow } from './frames.ts';
export {
  createStreamGenerateReader,
  parseStreamGenerateResponse,
  streamGenerateRequestFromBody,
  userPromptFromStreamGenerateBody,
  type StreamGenerateReader,
  type StreamGenerateReaderOptions,
  type StreamGenerateRequest,
} from './stream-generate.ts';
export {
  HISTORY_RPC_ID,
  historyTurnsFromPayload,
  parseHistoryResponse,
  parseHistoryResponseWithDiagnostics,
  type HistoryParse,
} from './history.ts';
export { decodeJslogIds, type JslogIds } from './jslog.ts';
export {
  classifyRequestUrl,
  conversationIdFromPath,
  historyConversationIdFromBody,
  isHistoryRequestUrl,
  routeFromPath,
  rpcCallsFromBatchexecuteBody,
  type GeminiRequest,
  type GeminiRoute,
  type GeminiRouteKind,
  type RpcCall,
} from './urls.ts';
export { normalizeConversationId, normalizeResponseId, turnKey } from './ids.ts';
export { cleanAnswerText, splitRequestedAspectRatio } from './text.ts';
