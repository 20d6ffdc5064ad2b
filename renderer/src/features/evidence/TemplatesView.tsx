import { useState } from 'react';
import {
  CATEGORY_GROUP_LABELS,
  type ChecklistTemplate,
  type TemplateCategory,
  type TemplateItem,
  templateContentSchema,
} from '../../../../shared/evidence/checklist';
import { invoke } from '../../api';
import { endSessionIfLocked } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { CopyIcon, XIcon } from '../../ui/icons';
import { showToast } from '../../ui/toast-store';
import { Modal } from '../dossiers/ui/Modal';
import { LayersIcon, PencilIcon, PlusIcon } from './evidence-icons';
import { errorMessage, useEvidenceStore } from './evidence-store';
import { formatDateTime } from './format';

function slug(text: string): string {
  const base = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${base || 'item'}-${Math.random().toString(36).slice(2, 6)}`;
}

/** The checklist templates: each edit is saved as a new version; a copy starts a template of one's own. */
export function TemplatesView() {
  const templates = useEvidenceStore((s) => s.templates);
  const load = useEvidenceStore((s) => s.loadTemplates);
  const [editing, setEditing] = useState<ChecklistTemplate | 'new' | null>(null);

  const open = async (id: string) => {
    try {
      setEditing(await invoke('checklist.template', { id }));
    } catch (error) {
      if (!endSessionIfLocked(error))
        showToast({ tone: 'danger', title: errorMessage(error, 'The template could not be opened.') });
    }
  };
  const copy = async (id: string, version: number, name: string) => {
    try {
      const made = await invoke('checklist.copyTemplate', { id, version, name: `${name} (copy)` });
      await load();
      setEditing(made);
      showToast({
        tone: 'success',
        title: 'Template copied',
        description: 'Edit and save it under its own name.',
      });
    } catch (error) {
      if (!endSessionIfLocked(error))
        showToast({ tone: 'danger', title: errorMessage(error, 'The template could not be copied.') });
    }
  };

  return (
    <div className="ev-templates" data-testid="templates-view">
      <div className="ev-toolbar">
        <p className="ev-muted">
          Editing a template saves a new version; checklists already made keep the version they came from.
        </p>
        <Button variant="primary" icon={<PlusIcon size={16} />} onClick={() => setEditing('new')}>
          New template
        </Button>
      </div>
      <ul className="ev-template-list">
        {templates?.map((t) => (
          <li key={t.id} className="ev-template-card" data-testid={`template-${t.name}`}>
            <div className="ev-template-card__icon">
              <LayersIcon size={20} />
            </div>
            <div className="ev-template-card__body">
              <h3>
                {t.name} {t.builtIn && <span className="ev-badge ev-badge--builtin">Built in</span>}
              </h3>
              <p className="ev-muted">{t.description || 'No description.'}</p>
              <p className="ev-template-card__meta">
                Version {t.version} · {t.categoryCount} categories · {t.itemCount} items · used by{' '}
                {t.instances} checklist{t.instances === 1 ? '' : 's'} · saved {formatDateTime(t.createdAt)}
              </p>
            </div>
            <div className="ev-template-card__actions">
              <Button size="sm" icon={<PencilIcon size={15} />} onClick={() => void open(t.id)}>
                View & edit
              </Button>
              <Button
                size="sm"
                variant="ghost"
                icon={<CopyIcon size={15} />}
                onClick={() => void copy(t.id, t.version, t.name)}
              >
                Copy
              </Button>
            </div>
          </li>
        ))}
      </ul>
      {editing && (
        <TemplateEditor
          template={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={async (saved) => {
            await Promise.all([load(), useEvidenceStore.getState().refresh()]);
            setEditing(saved);
          }}
        />
      )}
    </div>
  );
}

function TemplateEditor({
  template,
  onClose,
  onSaved,
}: {
  template: ChecklistTemplate | null;
  onClose(): void;
  onSaved(saved: ChecklistTemplate): Promise<void>;
}) {
  const [name, setName] = useState(template?.name ?? '');
  const [description, setDescription] = useState(template?.description ?? '');
  const [categories, setCategories] = useState<TemplateCategory[]>(
    template?.categories ?? [{ key: slug('documents'), title: 'Documents', guidance: '', group: 'evidence' }],
  );
  const [items, setItems] = useState<TemplateItem[]>(template?.items ?? []);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [justAdded, setJustAdded] = useState<string | null>(null);

  const touch =
    <T,>(setter: (v: T) => void) =>
    (value: T) => {
      setter(value);
      setDirty(true);
    };
  const setItemsDirty = touch(setItems);
  const setCategoriesDirty = touch(setCategories);

  const save = async () => {
    const parsed = templateContentSchema.safeParse({ name, description, categories, items });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(
        issue
          ? `${issue.message}${issue.path.length ? ` (${issue.path.join(' › ')})` : ''}`
          : 'Check the template.',
      );
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const saved = await invoke('checklist.saveTemplate', {
        id: template?.id ?? null,
        content: parsed.data,
      });
      showToast({
        tone: 'success',
        title: template ? `Saved as version ${saved.version}` : 'Template created',
        description: template ? 'Checklists made earlier keep their version.' : undefined,
      });
      setDirty(false);
      await onSaved(saved);
    } catch (e) {
      if (!endSessionIfLocked(e)) setError(errorMessage(e, 'The template could not be saved.'));
    } finally {
      setSaving(false);
    }
  };

  const updateItem = (key: string, patch: Partial<TemplateItem>) =>
    setItemsDirty(items.map((i) => (i.key === key ? { ...i, ...patch } : i)));

  return (
    <Modal
      title={template ? `${template.name}` : 'New template'}
      description={
        template
          ? `Version ${template.version} of ${template.latestVersion}${template.builtIn ? ' · built in' : ''}. Saving makes version ${template.latestVersion + 1}.`
          : 'Categories, and the items each client’s checklist will hold.'
      }
      onRequestClose={onClose}
      size="lg"
      testId="template-editor"
      footer={
        <>
          {dirty && <span className="modal__footer-note">Unsaved changes</span>}
          <Button variant="ghost" onClick={onClose}>
            Close
          </Button>
          <Button
            variant="primary"
            pending={saving}
            disabled={!dirty && template !== null}
            onClick={() => void save()}
          >
            {template ? `Save as version ${template.latestVersion + 1}` : 'Create template'}
          </Button>
        </>
      }
    >
      <div className="form-stack">
        {error && (
          <Alert tone="danger" role="alert">
            {error}
          </Alert>
        )}
        <div className="ev-form__row">
          <TextField label="Name" value={name} onChange={(e) => touch(setName)(e.target.value)} />
          <TextField
            label="Description"
            value={description}
            onChange={(e) => touch(setDescription)(e.target.value)}
          />
        </div>
        {categories.map((category) => {
          const own = items.filter((i) => i.category === category.key);
          return (
            <section
              key={category.key}
              className="ev-editor-category"
              aria-label={category.title || 'Category'}
            >
              <div className="ev-editor-category__head">
                <TextField
                  label={`Category (${CATEGORY_GROUP_LABELS[category.group]})`}
                  value={category.title}
                  onChange={(e) =>
                    setCategoriesDirty(
                      categories.map((c) => (c.key === category.key ? { ...c, title: e.target.value } : c)),
                    )
                  }
                />
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove the category ${category.title}`}
                  disabled={own.length > 0}
                  title={own.length > 0 ? 'Remove its items first' : undefined}
                  onClick={() => setCategoriesDirty(categories.filter((c) => c.key !== category.key))}
                >
                  <XIcon size={16} />
                </button>
              </div>
              <ol className="ev-editor-items">
                {own.map((item) => (
                  <li key={item.key} className="ev-editor-item">
                    <input
                      className="ev-input"
                      aria-label="Item title"
                      // A new item opens ready to be named.
                      autoFocus={item.key === justAdded}
                      onFocus={(e) => {
                        if (item.key === justAdded) e.target.select();
                      }}
                      value={item.title}
                      onChange={(e) => updateItem(item.key, { title: e.target.value })}
                    />
                    <input
                      className="ev-input ev-input--muted"
                      aria-label={`Guidance for ${item.title}`}
                      placeholder="Guidance"
                      value={item.guidance}
                      onChange={(e) => updateItem(item.key, { guidance: e.target.value })}
                    />
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Remove ${item.title}`}
                      onClick={() => setItemsDirty(items.filter((i) => i.key !== item.key))}
                    >
                      <XIcon size={15} />
                    </button>
                  </li>
                ))}
              </ol>
              <Button
                size="sm"
                variant="ghost"
                icon={<PlusIcon size={15} />}
                onClick={() => {
                  const key = slug('item');
                  setJustAdded(key);
                  setItemsDirty([...items, { key, category: category.key, title: 'New item', guidance: '' }]);
                }}
              >
                Add item
              </Button>
            </section>
          );
        })}
        <div>
          <Button
            size="sm"
            icon={<PlusIcon size={15} />}
            onClick={() =>
              setCategoriesDirty([
                ...categories,
                { key: slug('category'), title: 'New category', guidance: '', group: 'evidence' },
              ])
            }
          >
            Add category
          </Button>
        </div>
      </div>
    </Modal>
  );
}
