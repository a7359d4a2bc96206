/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Leaflet's CSS names marker and layer-switcher images we never show; inlining them would put
  // them in the first view's CSS.
  build: { target: 'es2022', sourcemap: false, assetsInlineLimit: 0 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
