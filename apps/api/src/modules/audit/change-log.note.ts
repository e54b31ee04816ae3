import { isMessage, legacyMessage, renderMessage, type Message } from '@kehu/domain';

/**
 * A change-log note is either what a person typed (a release reason) or a keyed message the system wrote (a merge
 * summary), stored as its JSON so it is said in the reader's language: `noteOf(msg('changeLog.mergedInto', …))`.
 */
export function noteOf(message: Message): string {
  return JSON.stringify(message);
}

/** The note as a keyed message: a stored message as is; older text split "中文 (English)" (legacyMessage). */
export function noteMessage(note: string | null | undefined): Message | null {
  if (!note) return null;
  if (note.startsWith('{"key":')) {
    try {
      const parsed: unknown = JSON.parse(note);
      if (isMessage(parsed)) return parsed;
    } catch {
      // not JSON after all: plain text
    }
  }
  return legacyMessage(note);
}

/** The note as text for readers that ask for plain text (the `note` field): a stored message in Chinese, other text as written. */
export function noteText(note: string | null | undefined): string | null {
  const m = noteMessage(note);
  if (!m) return null;
  return m.key === 'legacy' ? note! : renderMessage(m, 'zh-CN');
}
