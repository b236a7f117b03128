/**
 * What @rjsf/core's field and widget registries get for a rarely used component (vite.config.ts,
 * `rjsfOnDemand`): a component that fetches rjsf-rare-components.ts on first render and then
 * renders the real component with the same props. Nothing shows for the moment the chunk takes to
 * load; validation does not depend on it (the core's Ajv decides, not the widget).
 */
import { type ComponentType, type LazyExoticComponent, lazy, Suspense } from 'react';
import type * as Rare from './rjsf-rare-components';

export type RareComponent = keyof typeof Rare;

// biome-ignore lint/suspicious/noExplicitAny: rjsf's registry holds components of every field and widget prop type.
type AnyProps = any;

const loaded = new Map<RareComponent, LazyExoticComponent<ComponentType<AnyProps>>>();

function lazyOf(name: RareComponent) {
  let component = loaded.get(name);
  if (!component) {
    component = lazy(() =>
      import('./rjsf-rare-components').then((m) => ({ default: m[name] as ComponentType<AnyProps> })),
    );
    loaded.set(name, component);
  }
  return component;
}

/** Renders the rjsf component `name` once fetched (`component` is not a React prop: rjsf never passes it). */
function OnDemand({ component, ...props }: AnyProps & { component: RareComponent }) {
  const Real = lazyOf(component);
  return (
    <Suspense fallback={null}>
      <Real {...props} />
    </Suspense>
  );
}

/** The rjsf component `name`, loaded on first use. */
export function onDemand(name: RareComponent): ComponentType<AnyProps> {
  // biome-ignore lint/correctness/noComponentHookFactories: called once per name when the registry module loads, never while rendering.
  const Named = (props: AnyProps) => <OnDemand {...props} component={name} />;
  Named.displayName = name;
  return Named;
}
