'use client';

// The charts, loaded on demand (recharts is large and only this page needs it). Server rendering is off:
// charts measure their container in the browser.
import { Skeleton } from 'antd';
import dynamic from 'next/dynamic';

function ChartLoading() {
  return <Skeleton.Node active style={{ width: '100%', height: 240 }} data-testid="chart-loading" />;
}

const load = () => import('./ReportCharts');

export const BucketBarChart = dynamic(() => load().then((m) => m.BucketBarChart), { ssr: false, loading: ChartLoading });
export const BucketPieChart = dynamic(() => load().then((m) => m.BucketPieChart), { ssr: false, loading: ChartLoading });
export const StageFunnelChart = dynamic(() => load().then((m) => m.StageFunnelChart), { ssr: false, loading: ChartLoading });
export const SeriesChart = dynamic(() => load().then((m) => m.SeriesChart), { ssr: false, loading: ChartLoading });
export type { ChartPoint, SeriesDef } from './ReportCharts';
