'use client';

import { Grid } from 'antd';

/** A form drawer's width: `width` px on a laptop, the whole screen on a phone. */
export function useDrawerSize(width: number): number | string {
  const screens = Grid.useBreakpoint();
  return screens.sm === false ? '100%' : width;
}
