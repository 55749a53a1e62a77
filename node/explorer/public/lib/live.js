// Live blocks: a CometBFT-style WebSocket subscription to tm.event='NewBlock' on /websocket,
// reconnecting with a bounded back-off. Each event's `value` is { block, block_id, result_finalize_block }.
const QUERY = "tm.event='NewBlock'";

export class LiveFeed {
  constructor({ onBlock, onState }) {
    this.onBlock = onBlock;
    this.onState = onState ?? (() => {});
    this.delay = 1000;
    this.closed = false;
    this.ws = null;
  }

  start() {
    if (this.closed) return;
    const url = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/websocket`;
    let ws;
    try { ws = new WebSocket(url); } catch { return this.retry(); }
    this.ws = ws;
    this.onState("connecting");
    ws.onopen = () => {
      this.delay = 1000;
      ws.send(JSON.stringify({ jsonrpc: "2.0", id: "explorer-new-block", method: "subscribe", params: { query: QUERY } }));
      this.onState("live");
    };
    ws.onmessage = (m) => {
      let f;
      try { f = JSON.parse(m.data); } catch { return; }
      if (f?.result?.data?.type === "tendermint/event/NewBlock") this.onBlock(f.result.data.value);
    };
    ws.onclose = () => { this.ws = null; this.retry(); };
    ws.onerror = () => { try { ws.close(); } catch { /* closing anyway */ } };
  }

  retry() {
    if (this.closed) return;
    this.onState("offline");
    setTimeout(() => this.start(), this.delay);
    this.delay = Math.min(this.delay * 2, 15000);
  }

  stop() {
    this.closed = true;
    this.ws?.close();
  }
}
