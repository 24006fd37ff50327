// Before any zod schema is built (see the module).
import './data/zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
// Self-hosted fonts: the app makes no requests to other hosts.
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/600.css';
import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import './styles/app.css';
import { initI18n } from './i18n';
import { storedLanguage } from './state/storage';
import { parseState } from './state/urlState';
import { App } from './ui/App';

// The language of the link wins over the remembered one; render in it from the start.
initI18n(parseState(window.location.search, storedLanguage()).lang);
const queryClient = new QueryClient();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
