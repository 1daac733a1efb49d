import { describe, expect, it } from 'vitest';
import {
  choiceLabel,
  fieldLabel,
  reviewNames,
  valueInWords,
} from '../../../../renderer/features/exchange/conflictFieldLabels';

describe('the words of the conflict review', () => {
  it('names a field as its form does, else in words', () => {
    expect(fieldLabel('clinic', 'name')).toBe('Clinic name');
    expect(fieldLabel('asset', 'regulatoryBlocksUpgrade')).toBe('Upgrade or patch not validated by the maker');
    expect(fieldLabel('network', 'vlan')).toBe('VLAN');
    expect(fieldLabel('finding', 'acceptedUntil')).toBe('Accepted until');
    expect(fieldLabel('finding', 'ruleId')).toBe('Rule id');
  });

  it('names the allowed values of a list', () => {
    expect(choiceLabel('asset', 'kind', 'medical-device')).toBe('Medical device');
    expect(choiceLabel('assessment', 'status', 'final')).toBe('Final');
    expect(choiceLabel('finding', 'severity', 'critical')).toBe('Critical');
  });

  it('shows values in words, and the records a list points to by name', () => {
    const names = new Map([
      ['n1', 'Clinical VLAN'],
      ['n2', 'Guest Wi-Fi'],
    ]);
    expect(valueInWords('asset', 'storesPatientData', null)).toBe('Not known');
    expect(valueInWords('asset', 'storesPatientData', false)).toBe('No');
    expect(valueInWords('clinic', 'address', '')).toBe('(empty)');
    expect(valueInWords('asset', 'kind', 'iot')).toBe('IoT / other');
    expect(valueInWords('network', 'vlan', 20)).toBe('20');
    expect(valueInWords('vendorAccess', 'reachesNetworkIds', ['n1', 'n2', 'n3'], names)).toBe(
      'Clinical VLAN, Guest Wi-Fi, n3',
    );
    expect(valueInWords('vendorAccess', 'reachesNetworkIds', [], names)).toBe('(none)');
    expect(valueInWords('asset', 'networkId', 'n1', names)).toBe('Clinical VLAN');
    expect(valueInWords('clinic', 'name', 'n1', names)).toBe('n1');
  });

  it('knows a flow: its fields, its choices, and its ends by name', () => {
    expect(
      [
        'from',
        'to',
        'services',
        'method',
        'knownBy',
        'status',
        'encrypted',
        'approvedBy',
        'approvalReason',
        'notes',
      ].map((f) => fieldLabel('flow', f)),
    ).toEqual([
      'From',
      'To',
      'Services',
      'How it gets through',
      'How you know',
      'Status',
      'Encrypted in transit',
      'Approved by (parent firm)',
      'Reason for approval',
      'Notes',
    ]);
    expect(choiceLabel('flow', 'method', 'firewall-rule')).toBe('Firewall rule');
    expect(valueInWords('flow', 'knownBy', 'stated')).toBe('Stated by staff');
    expect(valueInWords('flow', 'status', 'in-place')).toBe('In place');
    const names = reviewNames([
      { type: 'network', id: 'n1', label: 'Clinic LAN', data: {} },
      { type: 'flow', id: 'f1', label: 'Untitled', data: { from: 'n1', to: 'parent-corporate' } },
    ]);
    expect(names.get('f1')).toBe('Clinic LAN → Parent corporate network');
    expect(valueInWords('flow', 'to', 'parent-corporate', names)).toBe('Parent corporate network');
    expect(valueInWords('flow', 'from', 'n1', names)).toBe('Clinic LAN');
    expect(valueInWords('flow', 'services', ['dicom', 'tcp/443'], names)).toBe('dicom, tcp/443');
  });
});
