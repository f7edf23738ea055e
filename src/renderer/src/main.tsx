// The renderer's entry: language first (so the first paint is translated), then the app.
// The preamble import lets React Fast Refresh start in development under a CSP that refuses inline scripts.
import '@vitejs/plugin-react/preamble';
import './i18n/i18n';
import './global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
