import type { AbciEvent } from "../events/types.js";

/** Collects events of one execution frame; a failed frame's events are dropped with its writes. */
export class EventManager {
  private readonly list: AbciEvent[] = [];

  emit(event: AbciEvent): void {
    this.list.push(event);
  }

  emitAll(events: readonly AbciEvent[]): void {
    for (const e of events) this.list.push(e);
  }

  get events(): readonly AbciEvent[] {
    return this.list;
  }
}
