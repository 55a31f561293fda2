import { createRoot } from 'react-dom/client';
import './styles.css';
import { Launcher } from './launcher/Launcher';
import { IdentityChrome } from './chrome/IdentityChrome';
import { ActivityLog } from './log/ActivityLog';

// Which of our windows this is comes from the query main loaded us with.
const params = new URLSearchParams(window.location.search);
const view = params.get('view') ?? 'launcher';
const identityId = params.get('identityId') ?? '';

function Root() {
  if ((view === 'identity' || view === 'popup') && identityId) return <IdentityChrome identityId={identityId} popup={view === 'popup'} />;
  if (view === 'log') return <ActivityLog initialIdentityId={identityId || undefined} />;
  return <Launcher />;
}

createRoot(document.getElementById('root')!).render(<Root />);
