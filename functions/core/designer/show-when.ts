/**
 * "Hiện trường này khi…": the condition under which a field is shown, read from the block it
 * lives in, and moving a field under another condition (into a block with that `if`, or a new one).
 */
import { sameJson } from './condition-rows';
import type { DesignBlock, DesignContainer, DesignField, Json } from './design-types';

function and(a: Json | undefined, b: Json): Json {
  if (!a) return b;
  const left = Object.keys(a).length === 1 && Array.isArray(a.allOf) ? (a.allOf as unknown[]) : [a];
  return { allOf: [...left, b] };
}

/** The condition of a branch (`<block>.then|else`), nested blocks included; undefined = always. */
export function branchCondition(c: DesignContainer, where: string): Json | undefined {
  if (where === '') return undefined;
  const [id, which] = where.split('.') as [string, string];
  const block = c.blocks.find((b) => b.id === id);
  if (!block) return undefined;
  const own = which === 'else' ? { not: block.when } : block.when;
  return and(branchCondition(c, block.parent), own);
}

export function showWhenOf(c: DesignContainer, f: DesignField): Json | undefined {
  return branchCondition(c, f.where);
}

/** The other fields shown under the same branch (changing this field's condition leaves them as they are). */
export function sharingCondition(c: DesignContainer, f: DesignField): DesignField[] {
  return f.where === '' ? [] : c.fields.filter((x) => x !== f && x.where === f.where);
}

/** Drops blocks no field and no nested block uses any more. */
export function dropEmptyBlocks(c: DesignContainer): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const b of [...c.blocks]) {
      const used =
        c.fields.some((f) => f.where.startsWith(`${b.id}.`)) ||
        c.blocks.some((x) => x.parent.startsWith(`${b.id}.`));
      if (!used) {
        c.blocks = c.blocks.filter((x) => x !== b);
        changed = true;
      }
    }
  }
}

/** Moves the field under `condition` (mutates the container). */
export function placeUnder(c: DesignContainer, f: DesignField, condition: Json | undefined): void {
  if (sameJson(showWhenOf(c, f), condition)) return;
  if (condition === undefined) f.where = '';
  else {
    const branches = c.blocks.flatMap((b) => [`${b.id}.then`, ...(b.hasElse ? [`${b.id}.else`] : [])]);
    const found = branches.find((w) => sameJson(branchCondition(c, w), condition));
    if (found) f.where = found;
    else {
      const ids = c.blocks.map((b) => Number(b.id.slice(1))).filter(Number.isFinite);
      const id = `b${Math.max(0, ...ids) + 1}`;
      const inlineTaken = c.inlineVerbatim || c.blocks.some((b) => b.parent === '' && b.slot === 'inline');
      const block: DesignBlock = {
        id,
        parent: '',
        slot: inlineTaken ? 'allOf' : 'inline',
        when: condition,
        hasElse: false,
      };
      c.blocks.push(block);
      f.where = `${id}.then`;
    }
  }
  dropEmptyBlocks(c);
}
