import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The built app talks to its own origin only. The policy is a meta tag in index.html (so a host
// that sends no headers still has it) and a header from `npm start` (docs/deployment.md).
const policy = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self' blob:",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};
const serialize = (p: Record<string, string>) =>
  Object.entries(p)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');

export const contentSecurityPolicy = serialize(policy);

/** What a deployment should send with every response (docs/deployment.md). */
export const securityHeaders: Record<string, string> = {
  // frame-ancestors works only as a header, not in the meta tag.
  'Content-Security-Policy': serialize({ ...policy, 'frame-ancestors': "'none'" }),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
};

// `npm run dev` too: Vite's hot reload needs inline scripts and its websocket, but requests to
// other hosts stay blocked.
const devHeaders: Record<string, string> = {
  ...securityHeaders,
  'Content-Security-Policy': serialize({
    ...policy,
    'script-src': "'self' 'unsafe-inline'",
    'style-src': "'self' 'unsafe-inline'",
    'connect-src': "'self' ws://localhost:* ws://127.0.0.1:*",
    'frame-ancestors': "'none'",
  }),
};

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
  build: {
    target: 'es2022',
    sourcemap: false,
    // The on-demand extractor chunks (import in the browser) carry the rule data, about 1 MB
    // raw; the initial download has its own budget, checked by bench/bundle.ts (150 KB gzip).
    chunkSizeWarningLimit: 1200,
  },
  preview: { port: 4173, strictPort: true, headers: securityHeaders },
  server: { headers: devHeaders },
});
