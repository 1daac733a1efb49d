import { describe, expect, it } from 'vitest';
import { fieldEditor, parseEdited } from '../../../../renderer/features/exchange/conflictEditor';

describe('typing a third value for a field in conflict', () => {
  it('picks the input from the field schema', () => {
    expect(fieldEditor('clinic', 'name')).toEqual({ kind: 'text', nullable: false });
    expect(fieldEditor('asset', 'kind')).toEqual({ kind: 'select', options: ['workstation', 'server', 'medical-device', 'network-device', 'iot'], nullable: false });
    expect(fieldEditor('asset', 'storesPatientData')).toEqual({ kind: 'yes-no', nullable: true });
    expect(fieldEditor('asset', 'regulatoryBlocksUpgrade')).toEqual({ kind: 'yes-no', nullable: true });
    expect(fieldEditor('network', 'vlan')).toEqual({ kind: 'number', nullable: true });
    expect(fieldEditor('vendorAccess', 'reachesNetworkIds')).toEqual({ kind: 'none' });
    expect(fieldEditor('clinic', 'no-such-field')).toEqual({ kind: 'none' });
  });

  it('checks the typed value against the schema', () => {
    expect(parseEdited('clinic', 'name', fieldEditor('clinic', 'name'), 'Lakeside')).toEqual({ ok: true, value: 'Lakeside' });
    expect(parseEdited('clinic', 'name', fieldEditor('clinic', 'name'), 'x'.repeat(201))).toMatchObject({ ok: false });
    expect(parseEdited('network', 'vlan', fieldEditor('network', 'vlan'), '5000')).toMatchObject({ ok: false });
    expect(parseEdited('network', 'vlan', fieldEditor('network', 'vlan'), '')).toEqual({ ok: true, value: null });
    expect(parseEdited('network', 'vlan', fieldEditor('network', 'vlan'), '20')).toEqual({ ok: true, value: 20 });
    expect(parseEdited('asset', 'storesPatientData', fieldEditor('asset', 'storesPatientData'), 'no')).toEqual({ ok: true, value: false });
    expect(parseEdited('asset', 'kind', fieldEditor('asset', 'kind'), 'toaster')).toMatchObject({ ok: false });
  });
});
