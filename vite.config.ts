/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The Content Security Policy of the built page: everything from our own host, nothing inline.
 * Only in the build, since the dev server's hot reload needs inline scripts.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // blob: only for the map image the share dialog draws (lib/rasterise.ts).
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // The offline worker (vite-plugin-pwa) and the install manifest, from our own host only.
  "worker-src 'self'",
  "manifest-src 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head' }],
  };
}

/**
 * The app's code (React and everything after the first map) is a dynamic import that runs once
 * the countries are drawn (src/main.tsx). Preloading it from the page lets it download alongside
 * the first script instead of after it.
 */
function preloadAppChunk(): Plugin {
  return {
    name: 'preload-app-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        const chunks = Object.values(ctx.bundle ?? {});
        const app = chunks.find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/mount-app.tsx'));
        if (app?.type !== 'chunk') throw new Error('the app chunk (src/mount-app.tsx) is missing from the build');
        const files = [app.fileName, ...app.imports].filter((file) => !html.includes(file));
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/**
 * Installable, and offline after the first visit: a Workbox worker precaches everything the app
 * can show (the shell, the geometry, every data and panel chunk, styles, icons). It registers
 * after the first paint (src/lib/use-service-worker.ts) and waits to take over until the reader
 * asks (registerType 'prompt'). Nothing from another host is cached or intercepted: there is no
 * runtime caching, only our own precache.
 */
const offline = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'Foreign relations map: partners, pipelines and railways',
    short_name: 'Relations',
    description:
      'An interactive map of a country’s foreign relations: why each partner matters, and the pipelines and railways that carry its oil, gas and freight. Every fact sourced; works offline.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#0b3954',
    background_color: '#ffffff',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,json,geojson,txt,webmanifest}'],
    globIgnores: ['.vite/**'],
    navigateFallback: '/index.html',
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), preloadAppChunk(), offline],
  // Leaflet's CSS names marker and layer-switcher images we never show; inlining them would put
  // them in the first view's CSS.
  build: { target: 'es2022', sourcemap: false, assetsInlineLimit: 0, manifest: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
