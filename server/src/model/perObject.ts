// A value worked out once per object and kept on the object itself: memos keyed by a page model or a summary, of
// which typing makes one per document version.
//
// Not a WeakMap: V8's young-generation collection keeps the values of a WeakMap alive once more after their key
// died (2,000 dead keys with an 8 KB value each: 5–10 MB left after one scavenge, gone after the second; on the
// object itself: nothing left), and what survives a scavenge is copied, the second time promoted. A memo of each
// version of a page being typed in, and what it points to, so made work for every collection (issue 16). Kept on
// the object (a symbol, not enumerable: invisible to JSON, structured clone and deep equality), it dies with it.
export class PerObject<K extends object, V> {
  private readonly slot: symbol;

  constructor(name: string) {
    this.slot = Symbol(name);
  }

  get(o: K): V | undefined {
    return (o as { [s: symbol]: V | undefined })[this.slot];
  }

  set(o: K, value: V): void {
    Object.defineProperty(o, this.slot, { value, writable: true, configurable: true, enumerable: false });
  }
}
