/** The public API of the ChatGPT capture parsers (pure; export-node.ts is the only Node-only module). */
export {
  CaptureClass,
  CaptureShapes,
  GeneratedImage,
  ImageGeneration,
  emptyShapes,
} from './schema.ts';
export { generationsFromConversation, type ConversationGenerations } from './tree.ts';
export { createSseReader, readSseText, type SseEvent, type SseReader } from './sse.ts';
export {
  createChatGptStream,
  createStreamAccumulator,
  parseSseStream,
  type ChatGptStream,
  type StreamAccumulator,
  type StreamSnapshot,
} from './stream.ts';
export { userPromptFromRequestBody, type SendRequest, type SendRequestResult } from './request.ts';
export { createWebSocketDecoder, decodeWebSocketFrame, type WebSocketDecoder, type WsDecoded } from './websocket.ts';
export {
  classifyRequest,
  conversationIdFromPageUrl,
  isChatGptWebSocketUrl,
  isTemporaryChatUrl,
  type ChatGptRequest,
} from './urls.ts';
export {
  readExport,
  readExportAll,
  readExportFile,
  type ExportBytes,
  type ExportFile,
  type ExportItem,
  type ExportSource,
  type ReaderLike,
} from './export.ts';
