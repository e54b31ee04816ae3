'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import { parseReportState, reportQueryString, type ReportState } from './reportState';

/** The report state from the URL, and a setter that replaces the URL (no history entry per filter click). */
export function useReportState(): [ReportState, (change: Partial<ReportState>) => void] {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const key = params.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const state = useMemo(() => parseReportState(params), [key]);
  const set = useCallback(
    (change: Partial<ReportState>) => {
      router.replace(`${pathname}${reportQueryString({ ...state, ...change })}`, { scroll: false });
    },
    [router, pathname, state],
  );
  return [state, set];
}
