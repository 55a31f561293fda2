import type { Site } from '../../../shared/domain/identity';
import type { ChromeContext, Panel } from '../../../shared/ipc/contract';
import { Composer } from './Composer';
import { DraftsPanel } from './DraftsPanel';
import { SettingsPanel } from './SettingsPanel';
import { PostingPolicySection } from '../settings/PostingPolicySection';
import { AccountsSection } from '../settings/AccountsSection';
import { PermissionsSection } from '../settings/PermissionsSection';
import { WarningSettingsSection } from '../settings/WarningSettingsSection';
import { NetworkSection } from '../settings/NetworkSection';
import { LinkChoicesSection } from '../settings/LinkChoicesSection';
import { useState } from 'react';

/** The right-hand panel of an identity window. Its band repeats who you are acting as. */
export function PanelHost(props: {
  panel: Panel;
  context: ChromeContext;
  activeSite: Site | null;
  onChanged(): void;
  onClose(): void;
  onSwitch(panel: Panel): void;
  /** Bumped when the network settings are asked for (a proxy failure's "Network settings"): shown in view. */
  networkAsked?: number;
}) {
  const { identity } = props.context;
  const [openDraftId, setOpenDraftId] = useState<string | null>(null);
  const title = props.panel === 'composer' ? 'Writing as' : props.panel === 'drafts' ? 'Drafts of' : 'Settings for';
  return (
    <div className="panel">
      <div className="panel-band">
        <span className="avatar" aria-hidden="true">
          {identity.avatar}
        </span>
        <h2 className="panel-title">
          {title} <strong>{identity.name}</strong>
        </h2>
        <button type="button" className="panel-close" onClick={props.onClose} aria-label="Close panel">
          ×
        </button>
      </div>
      <div className="panel-body">
        {props.panel === 'composer' && (
          <Composer context={props.context} activeSite={props.activeSite} draftId={openDraftId} onDraftId={setOpenDraftId} />
        )}
        {props.panel === 'drafts' && <DraftsPanel context={props.context} onOpen={(id) => {
              setOpenDraftId(id);
              props.onSwitch('composer');
            }} />}
        {props.panel === 'settings' && (
          <>
            <SettingsPanel identity={identity} onChanged={props.onChanged} />
            <PostingPolicySection identity={identity} />
            <AccountsSection identity={identity} />
            <PermissionsSection identity={identity} />
            <NetworkSection identity={identity} asked={props.networkAsked ?? 0} />
            <LinkChoicesSection identity={identity} />
            <WarningSettingsSection identity={identity} />
          </>
        )}
      </div>
    </div>
  );
}
