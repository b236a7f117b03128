/**
 * Which control shows which finding. Controls register the pointer they edit while mounted; a
 * finding goes to the control registered at the longest prefix of its anchor (whole tokens), so
 * each finding is shown once, as close to its place as the tab allows. Between controls at the
 * same place, a strong one (a value's box) wins over a weak one (the checkbox that switches the
 * value on, a group's heading), then the first registered. The store also holds the current
 * findings, so a control re-renders only when its own findings change (not on every live check of
 * the whole definition). Framework-free, so it is unit-tested.
 */

/** What the store places: anything with an anchor. */
export interface Anchored {
  anchor: string;
}
interface Registration {
  pointer: string;
  /** A weak control (a checkbox that switches a value on) yields to a strong one at the same place. */
  weight: number;
  seq: number;
}

/** The pointers of the controls on screen; which control shows a finding at a given anchor. */
export class AnchorStore<F extends Anchored = Anchored> {
  private readonly registered = new Map<string, Registration>();
  private findings: readonly F[] = [];
  /** Control id → its findings, for the current version. */
  private placed: Map<string, F[]> | null = null;
  private readonly listeners = new Set<() => void>();
  private owners: Map<string, string> | null = null;
  private version = 0;
  private seq = 0;
  private notifying = false;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  getVersion = () => this.version;

  set(id: string, pointer: string, weight: number): void {
    this.registered.set(id, { pointer, weight, seq: this.seq++ });
    this.changed();
  }

  delete(id: string): void {
    if (this.registered.delete(id)) this.changed();
  }

  /** Replaces the findings (after each check). */
  setFindings(findings: readonly F[]): void {
    if (findings === this.findings) return;
    this.findings = findings;
    this.changed();
  }

  /** The findings the control `id` shows (an empty list when none). */
  findingsOf(id: string): readonly F[] {
    if (!this.placed) {
      this.placed = new Map();
      for (const f of this.findings) {
        const owner = this.ownerOf(f.anchor);
        if (owner === undefined) continue;
        const list = this.placed.get(owner);
        if (list) list.push(f);
        else this.placed.set(owner, [f]);
      }
    }
    return this.placed.get(id) ?? [];
  }

  /** The control (by its id) that shows a finding anchored at `anchor`, if any. */
  ownerOf(anchor: string): string | undefined {
    const owners = this.index();
    for (let at = anchor; ; at = at.slice(0, at.lastIndexOf('/'))) {
      const owner = owners.get(at);
      if (owner !== undefined) return owner;
      if (at === '') return undefined;
    }
  }

  private index(): Map<string, string> {
    if (this.owners) return this.owners;
    const best = new Map<string, [string, Registration]>();
    for (const [id, r] of this.registered) {
      const held = best.get(r.pointer);
      if (!held || r.weight > held[1].weight || (r.weight === held[1].weight && r.seq < held[1].seq))
        best.set(r.pointer, [id, r]);
    }
    this.owners = new Map([...best].map(([pointer, [id]]) => [pointer, id]));
    return this.owners;
  }

  // A tab mounts hundreds of controls in one commit: one notification for all of them.
  private changed(): void {
    this.owners = null;
    this.placed = null;
    this.version++;
    if (this.notifying) return;
    this.notifying = true;
    queueMicrotask(() => {
      this.notifying = false;
      for (const listener of this.listeners) listener();
    });
  }
}
