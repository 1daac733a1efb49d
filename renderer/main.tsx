import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles/tokens.css';
import './styles/app.css';
import './styles/findings.css';
import './styles/evidence.css';
import './styles/integration.css';
import './styles/plan.css';
import { applyColourTokens } from './styles/colourTokens';

applyColourTokens(document.documentElement);

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
