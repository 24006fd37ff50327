import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The built app talks to its own origin only. Dev mode is left without the policy
// because Vite's hot reload injects inline scripts.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function csp(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), csp()],
  build: { target: 'es2022', sourcemap: false },
  preview: { port: 4173, strictPort: true },
});
