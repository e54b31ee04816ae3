import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Never phone home, never fetch at build time: no next/font/google, no remote images.
  poweredByHeader: false,
  images: { unoptimized: true },
};

export default nextConfig;
