import { useEffect } from 'react';
import { useNavigationStore } from '../../app/navigation-store';
import { hasCommandModifier } from '../../ui/shortcuts';
import { ClientForm } from './ClientForm';
import { DossierList } from './DossierList';
import { useDossierStore } from './dossier-store';
import { DossierView } from './DossierView';
import './dossiers.css';

/**
 * The Dossiers section: the list, one dossier (when the navigation store has a dossierId), or the new-client form.
 * Ctrl/Cmd+N starts a new client from anywhere in the section.
 */
export function DossiersScreen() {
  const dossierId = useNavigationStore((s) => s.dossierId);
  const clientForm = useDossierStore((s) => s.clientForm);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!hasCommandModifier(event) || !(event.code === 'KeyN' || event.key.toLowerCase() === 'n')) return;
      event.preventDefault();
      if (document.querySelector('dialog[open]') || useDossierStore.getState().clientForm) return;
      useDossierStore.getState().openClientForm('new');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  if (clientForm === 'new') {
    return <ClientForm onDone={() => useDossierStore.getState().openClientForm(null)} />;
  }
  if (dossierId) return <DossierView id={dossierId} />;
  return <DossierList />;
}
