/** Counting the shapes of messages for CaptureShapes (roles, content types, tool names; never content). */
import type { Msg } from './message.ts';
import { countShape, type CaptureShapes, type ImageGeneration } from './schema.ts';
import { imagePartsOf } from './image-tool.ts';

export function countMessage(shapes: CaptureShapes, msg: Msg): void {
  shapes.messages++;
  if (msg.hidden) shapes.hiddenMessages++;
  countShape(shapes.roles, msg.role);
  countShape(shapes.contentTypes, msg.contentType);
  if (msg.recipient !== null) countShape(shapes.recipients, msg.recipient);
  if (msg.authorName !== null) countShape(shapes.authorNames, msg.authorName);
  if (msg.contentType === 'multimodal_text') shapes.imageParts += imagePartsOf(msg).length;
}

export function countGenerations(shapes: CaptureShapes, generations: readonly ImageGeneration[]): void {
  for (const g of generations) countShape(shapes.captures, g.capture);
}
