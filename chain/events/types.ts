/**
 * ABCI events as CometBFT 0.38 reports them: attribute keys and values are plain strings
 * (not base64), and `index` says whether the tx indexer keeps the attribute.
 */
export interface EventAttribute {
  key: string;
  value: string;
  index: boolean;
}

export interface AbciEvent {
  type: string;
  attributes: EventAttribute[];
}

export function makeEvent(type: string, attrs: Array<[string, string]>, index = true): AbciEvent {
  return { type, attributes: attrs.map(([key, value]) => ({ key, value, index })) };
}
