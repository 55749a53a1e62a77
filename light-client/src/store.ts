/**
 * The trusted state is small and JSON-safe (CometBFT RPC shapes), so any key-value place can hold
 * it: memory, a file (`@pogcs/light-client/node`), localStorage or IndexedDB in a browser.
 * Implementations must make `save` atomic: a torn write must leave the previous state readable.
 */
export interface PersistedState {
  version: 1;
  chainId: string;
  /** The latest trusted light block (formatLightBlock shape). */
  trusted: Record<string, unknown>;
  /** Validators of trusted height + 1, when known (formatValidators shape). */
  nextValidators?: Record<string, unknown>[];
  /** Set once the client stopped trusting (fork detected); never cleared automatically. */
  halted?: { code: string; message: string; evidence?: Record<string, unknown> };
}

export interface TrustedStore {
  load(): Promise<PersistedState | undefined>;
  save(state: PersistedState): Promise<void>;
}

export class MemoryStore implements TrustedStore {
  private state: string | undefined;

  async load(): Promise<PersistedState | undefined> {
    return this.state === undefined ? undefined : (JSON.parse(this.state) as PersistedState);
  }

  async save(state: PersistedState): Promise<void> {
    this.state = JSON.stringify(state);
  }
}

/** A store over any string key-value API (window.localStorage has this shape). */
export class KeyValueStore implements TrustedStore {
  constructor(
    private readonly kv: { getItem(k: string): string | null; setItem(k: string, v: string): void },
    private readonly key = "pogcs-light-client",
  ) {}

  async load(): Promise<PersistedState | undefined> {
    const s = this.kv.getItem(this.key);
    return s === null ? undefined : (JSON.parse(s) as PersistedState);
  }

  async save(state: PersistedState): Promise<void> {
    this.kv.setItem(this.key, JSON.stringify(state));
  }
}
