import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Base styles first, so each feature's own stylesheet (imported by its components) can refine them.
import './styles.css';
import { App } from './app/App';
import { applyRememberedTheme } from './settings/early-theme';
import { prefetchArticle } from './shell/prefetch-article';

applyRememberedTheme();
prefetchArticle();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
