import { HardDriveIcon, LockIcon } from '../../ui/icons';
import { Panel } from '../../ui/Panel';
import { useSettingsStore } from './settings-store';

export function VaultLocationSettings() {
  const location = useSettingsStore((state) => state.location);
  return (
    <Panel
      id="settings-vault"
      icon={<HardDriveIcon size={18} />}
      title="Vault"
      description="Where the encrypted vault lives. Back up this whole folder; both files are needed to open it."
    >
      <dl className="facts">
        <div>
          <dt>Folder</dt>
          <dd>
            <code className="facts__path" data-testid="vault-location">
              {location ?? '…'}
            </code>
          </dd>
        </div>
        <div>
          <dt>Files</dt>
          <dd>
            <code>harbor.db</code> (the encrypted database) and <code>keys.json</code> (its key, wrapped by
            your passphrase and by the recovery code)
          </dd>
        </div>
        <div>
          <dt>Encryption</dt>
          <dd className="facts__stack">
            <span className="facts__badge">
              <LockIcon size={13} /> SQLCipher 4 · AES-256
            </span>
            <span>Key derived from the passphrase with Argon2id (64 MiB).</span>
          </dd>
        </div>
      </dl>
    </Panel>
  );
}
