import { usePageTitle } from '../../components/page-title.js';
import { GatePolicySection } from './GatePolicyForm.js';
import { useSettings } from './settings-context.js';
import { WaiversSection } from './WaiversSection.js';

/** The quality gate of the organization: its policy, then its waivers. */
export function GateSection() {
  const { organization, canManage } = useSettings();
  usePageTitle('Quality gate and waivers');
  return (
    <>
      <GatePolicySection organization={organization} canManage={canManage} />
      <WaiversSection organization={organization} canManage={canManage} />
    </>
  );
}
