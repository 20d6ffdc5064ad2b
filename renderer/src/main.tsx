import '@fontsource-variable/inter';
import './ui/styles/tokens.css';
import './ui/styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyStoredTheme } from './app/theme';
import { applyStoredPrivacyMode } from './features/privacy/privacy-store';

void applyStoredTheme();
void applyStoredPrivacyMode();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
