/** The policy pages' entry: the list, or one policy (`moi` = a new one). */
import { PolicyEditor } from './policy-editor';
import { PolicyList } from './policy-list';

export function PolicyPages({ id }: { id: string | undefined }) {
  return id ? <PolicyEditor key={id} id={id} /> : <PolicyList />;
}
