/**
 * Local image checks: read the text in a generated image (PP-OCRv4 on onnxruntime-web's WASM build, pre- and
 * post-processing in TypeScript) and check it, its placement and the image's format against the prompt's
 * constraints. The same code runs in the extension (models from its package), the CLI and the tests.
 */
export { checkImage, judge, type CheckedConstraint, type CheckOptions, type ImageCheckResult } from './check';
export { checkAspect } from './check/aspect';
export { checkPlacement, describePosition } from './check/placement';
export { checkText, TEXT_RULES } from './check/text';
export { createOcr, MODEL_FILES, type ModelFile, type Ocr, type OcrOptions, type OcrResult } from './ocr/engine';
export { decodeImage, decodePng, imageInfo, ImageError, MAX_PIXELS, type Decoders, type FormatDecoder } from './decode';
export type { ImageCheck, ImageVerdict, Pixels, Point, Quad, TextRead } from './types';
export { IMAGE_VERDICTS } from './types';
