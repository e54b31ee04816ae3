'use client';

import type { MessageInstance } from 'antd/es/message/interface';
import type { HookAPI as ModalInstance } from 'antd/es/modal/useModal';
import type { NotificationInstance } from 'antd/es/notification/interface';
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ComponentType, type ReactNode } from 'react';

/** What antd's `App.useApp()` gives, loaded when first needed. */
export interface FeedbackApi {
  message: MessageInstance;
  notification: NotificationInstance;
  modal: ModalInstance;
}

type Fire<F> = F extends (...args: infer A) => unknown ? (...args: A) => void : never;
type Later<T> = { [K in keyof T]: Fire<T[K]> };

/** Toasts, notifications and confirm dialogs; calls made before the code has arrived wait for it. */
export interface Feedback {
  message: Later<Pick<MessageInstance, 'success' | 'error' | 'info' | 'warning' | 'loading' | 'open' | 'destroy'>>;
  notification: Later<Pick<NotificationInstance, 'success' | 'error' | 'info' | 'warning' | 'open' | 'destroy'>>;
  modal: Later<Pick<ModalInstance, 'confirm' | 'info' | 'success' | 'error' | 'warning'>>;
}

export interface FeedbackHoldersProps {
  onReady: (api: FeedbackApi) => void;
}

const MESSAGE = ['success', 'error', 'info', 'warning', 'loading', 'open', 'destroy'] as const;
const NOTIFICATION = ['success', 'error', 'info', 'warning', 'open', 'destroy'] as const;
const MODAL = ['confirm', 'info', 'success', 'error', 'warning'] as const;

const FeedbackContext = createContext<Feedback | null>(null);

/**
 * antd's message / notification / modal hooks (what `<App>` provides) without their code in the first load:
 * the holders (./FeedbackHolders, with antd's config around them) load when the browser is idle after the
 * page started, or at the first call.
 */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [Holders, setHolders] = useState<ComponentType<FeedbackHoldersProps> | null>(null);
  const api = useRef<FeedbackApi | null>(null);
  const queue = useRef<((api: FeedbackApi) => void)[]>([]);
  const loading = useRef(false);

  const load = useRef(() => {
    if (loading.current) return;
    loading.current = true;
    void import('./FeedbackHolders').then((m) => setHolders(() => m.FeedbackHolders));
  }).current;

  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(load);
    return () => cancel(handle);
  }, [load]);

  const feedback = useMemo<Feedback>(() => {
    const run = (call: (a: FeedbackApi) => void) => {
      if (api.current) call(api.current);
      else {
        queue.current.push(call);
        load();
      }
    };
    const group = <K extends keyof FeedbackApi, N extends string>(part: K, names: readonly N[]) =>
      Object.fromEntries(
        names.map((name) => [
          name,
          (...args: unknown[]) => run((a) => (a[part] as unknown as Record<N, (...x: unknown[]) => unknown>)[name](...args)),
        ]),
      );
    return {
      message: group('message', MESSAGE),
      notification: group('notification', NOTIFICATION),
      modal: group('modal', MODAL),
    } as Feedback;
  }, [load]);

  const onReady = useRef((ready: FeedbackApi) => {
    api.current = ready;
    for (const call of queue.current.splice(0)) call(ready);
  }).current;

  return (
    <FeedbackContext.Provider value={feedback}>
      {children}
      {Holders ? <Holders onReady={onReady} /> : null}
    </FeedbackContext.Provider>
  );
}

/** `const { message, notification, modal } = useFeedback()` — in place of antd's `App.useApp()`. */
export function useFeedback(): Feedback {
  const value = useContext(FeedbackContext);
  if (!value) throw new Error('useFeedback must be used inside <FeedbackProvider> (AntdConfig)');
  return value;
}
