// Bounded in-page history: named series of [x, y] points sampled on new blocks (x = height).
// Kept in memory and mirrored to sessionStorage so a reload keeps the charts.
const KEY = "pogcs-explorer-history-v1";

export class History {
  constructor(maxPoints = 240, maxSeries = 64) {
    this.maxPoints = maxPoints;
    this.maxSeries = maxSeries;
    this.series = new Map();
    this.chainId = "";
  }

  /** Restores the saved series when they belong to the same chain. */
  load(chainId) {
    this.chainId = chainId;
    try {
      const saved = JSON.parse(sessionStorage.getItem(KEY) ?? "null");
      if (saved?.chainId === chainId) for (const [k, v] of saved.series) this.series.set(k, v.slice(-this.maxPoints));
    } catch { /* storage unavailable or corrupt: start empty */ }
  }

  save() {
    try { sessionStorage.setItem(KEY, JSON.stringify({ chainId: this.chainId, series: [...this.series] })); } catch { /* full or unavailable */ }
  }

  /** Adds a point in x order; a point at an x already held replaces it (a re-sampled height). */
  add(name, x, y) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    let pts = this.series.get(name);
    if (!pts) {
      if (this.series.size >= this.maxSeries) this.series.delete(this.series.keys().next().value);
      pts = [];
      this.series.set(name, pts);
    }
    let i = pts.length;
    while (i > 0 && pts[i - 1][0] > x) i--;
    if (i > 0 && pts[i - 1][0] === x) pts[i - 1] = [x, y];
    else pts.splice(i, 0, [x, y]);
    if (pts.length > this.maxPoints) pts.splice(0, pts.length - this.maxPoints);
  }

  get(name) {
    return this.series.get(name) ?? [];
  }

  /** Series whose name starts with `prefix`, as { name (prefix stripped), points }. */
  withPrefix(prefix) {
    return [...this.series].filter(([k]) => k.startsWith(prefix)).map(([k, points]) => ({ name: k.slice(prefix.length), points }));
  }
}
