'use client';

import { useLocale, useT } from '@/i18n/I18nProvider';
import { LOCALES, type Locale } from '@/i18n';
import styles from './LocaleSwitch.module.css';

const LABEL_KEY = { 'zh-CN': 'locale.zhCN', en: 'locale.en' } as const satisfies Record<Locale, string>;

/**
 * 中文 / English switch (antd Segmented's look); the choice is kept in the `kehu-locale` cookie. Signed in, pass
 * `onChange` from useSavedLocale so the user's saved language (notifications, email) changes with it.
 */
export function LocaleSwitch({ size = 'middle', onChange }: { size?: 'small' | 'middle'; onChange?: (locale: Locale) => void }) {
  const [locale, setLocaleOnly] = useLocale();
  const setLocale = onChange ?? setLocaleOnly;
  const t = useT();
  return (
    <div
      role="radiogroup"
      aria-label={t('locale.switchLabel')}
      className={size === 'small' ? `${styles.group} ${styles.small}` : styles.group}
    >
      {LOCALES.map((value) => (
        <button
          key={value}
          type="button"
          role="radio"
          aria-checked={value === locale}
          className={styles.option}
          tabIndex={value === locale ? 0 : -1}
          onClick={() => value !== locale && setLocale(value)}
          onKeyDown={(event) => {
            // A radio group: the arrow keys move the choice (and the focus) to the other language.
            if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(event.key)) return;
            event.preventDefault();
            const next = LOCALES[(LOCALES.indexOf(value) + 1) % LOCALES.length];
            setLocale(next);
            (event.currentTarget.parentElement?.querySelector(`[data-locale="${next}"]`) as HTMLElement | null)?.focus();
          }}
          data-locale={value}
        >
          {t(LABEL_KEY[value])}
        </button>
      ))}
    </div>
  );
}
