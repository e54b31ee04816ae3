import { Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/** The fields a selection set selects directly, through fragments and inline fragments. */
export function selectedFields(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode | undefined>): FieldNode[] {
  const fields: FieldNode[] = [];
  const walk = (s: SelectionSetNode, seen: Set<string>) => {
    for (const sel of s.selections) {
      if (sel.kind === Kind.FIELD) fields.push(sel);
      else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet, seen);
      else if (sel.kind === Kind.FRAGMENT_SPREAD && !seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        const frag = fragments[sel.name.value];
        if (frag) walk(frag.selectionSet, seen);
      }
    }
  };
  walk(set, new Set());
  return fields;
}

/** The names of the fields a selection set selects directly, through fragments and inline fragments. */
export function selectedFieldNames(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode | undefined>): string[] {
  return selectedFields(set, fragments).map((f) => f.name.value);
}

const fragmentMaps = new WeakMap<DocumentNode, Record<string, FragmentDefinitionNode>>();

/** A document's fragments by name; made once per parsed document (Apollo reuses those of queries it has seen). */
export function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  let map = fragmentMaps.get(document);
  if (!map) {
    map = {};
    for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) map[def.name.value] = def;
    fragmentMaps.set(document, map);
  }
  return map;
}
