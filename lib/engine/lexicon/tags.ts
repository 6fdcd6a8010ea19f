/** What a word or phrase of a prompt can be, as found in the lexicon. */
/** `kind` is the modifier of a compound subtype (neon sign → neon, bamboo forest → bamboo): never exclusive. */
export type AttributeType = 'color' | 'material' | 'state' | 'size' | 'texture' | 'shape' | 'pattern' | 'kind';

export type Tag =
  | { t: 'obj'; id: string; family: string | null }
  | { t: 'attr'; id: string; type: AttributeType }
  | { t: 'pos'; id: string }
  | { t: 'rel'; id: string; spatial: boolean; inverse: string | null }
  | { t: 'light'; id: string }
  | { t: 'style'; id: string }
  | { t: 'cam'; id: string }
  | { t: 'aspect'; id: string; ratio: string | null }
  | { t: 'num'; value: number | 'several' }
  | { t: 'measure'; semantics: 'plain' | 'pair' | 'group' | 'container' }
  | { t: 'neg' }
  | { t: 'nopeople' }
  | { t: 'textcue' }
  | { t: 'from' }
  | { t: 'pred' }
  | { t: 'ana' }
  | { t: 'palette' };

export type TagKind = Tag['t'];
