import type { Metadata } from 'next';
import type { NavKey } from '@/features/shell/navItems';
import { getT } from '@/i18n/server';

/** `<title>` for a section page, in the visitor's language. */
export async function sectionMetadata(section: NavKey): Promise<Metadata> {
  const t = await getT();
  return { title: t(`nav.${section}`) };
}
