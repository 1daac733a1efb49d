import { describe, expect, it } from 'vitest';
import { editorText, fieldEditor, parseEdited } from '../../../../renderer/features/exchange/conflictEditor';
import type { EntityType } from '../../../../shared/model/entities';

const parse = (type: EntityType, field: string, text: string) =>
  parseEdited(type, field, fieldEditor(type, field), text);

describe('typing a third value for a field in conflict', () => {
  it('picks the input from the field schema', () => {
    expect(fieldEditor('clinic', 'name')).toEqual({ kind: 'text', nullable: false, multiline: false });
    expect(fieldEditor('clinic', 'contacts')).toEqual({ kind: 'text', nullable: false, multiline: true });
    expect(fieldEditor('clinic', 'acquisitionDate')).toEqual({ kind: 'date' });
    expect(fieldEditor('asset', 'vendorSupportEnds')).toEqual({ kind: 'date' });
    expect(fieldEditor('asset', 'kind')).toEqual({
      kind: 'select',
      options: ['workstation', 'server', 'medical-device', 'network-device', 'iot'],
      nullable: false,
    });
    expect(fieldEditor('asset', 'connection')).toMatchObject({ kind: 'select', nullable: false });
    expect(fieldEditor('asset', 'storesPatientData')).toEqual({ kind: 'yes-no', nullable: true });
    expect(fieldEditor('asset', 'regulatoryBlocksUpgrade')).toEqual({ kind: 'yes-no', nullable: true });
    expect(fieldEditor('clinic', 'archived')).toEqual({ kind: 'yes-no', nullable: false });
    expect(fieldEditor('network', 'vlan')).toEqual({ kind: 'number', nullable: true });
    expect(fieldEditor('link', 'lossPercent')).toEqual({ kind: 'number', nullable: true });
  });

  it('keeps lists, links to other records and answers to picking a side, and says why', () => {
    expect(fieldEditor('vendorAccess', 'reachesNetworkIds')).toMatchObject({
      kind: 'none',
      reason: expect.stringContaining('list'),
    });
    expect(fieldEditor('asset', 'networkId')).toMatchObject({
      kind: 'none',
      reason: expect.stringContaining('another record'),
    });
    expect(fieldEditor('flow', 'to')).toMatchObject({
      kind: 'none',
      reason: expect.stringContaining('another record'),
    });
    expect(fieldEditor('flow', 'method')).toMatchObject({
      kind: 'select',
      options: ['routed', 'firewall-rule', 'vpn', 'vendor-tunnel', 'physical-bridge'],
    });
    expect(fieldEditor('answer', 'value')).toMatchObject({
      kind: 'none',
      reason: expect.stringContaining('checklist'),
    });
    expect(fieldEditor('clinic', 'no-such-field')).toMatchObject({ kind: 'none' });
  });

  it('starts from the value shown, as its input shows it', () => {
    expect(editorText(fieldEditor('clinic', 'name'), 'Lakeside')).toBe('Lakeside');
    expect(editorText(fieldEditor('asset', 'storesPatientData'), true)).toBe('yes');
    expect(editorText(fieldEditor('asset', 'storesPatientData'), null)).toBe('');
    expect(editorText(fieldEditor('clinic', 'archived'), false)).toBe('no');
    expect(editorText(fieldEditor('network', 'vlan'), 20)).toBe('20');
    expect(editorText(fieldEditor('network', 'vlan'), null)).toBe('');
    // A value the list does not hold starts from the first allowed one, which the select shows.
    expect(editorText(fieldEditor('asset', 'kind'), 'toaster')).toBe('workstation');
  });

  it('checks the typed value against the schema', () => {
    expect(parse('clinic', 'name', 'Lakeside')).toEqual({ ok: true, value: 'Lakeside' });
    expect(parse('network', 'vlan', '')).toEqual({ ok: true, value: null });
    expect(parse('network', 'vlan', '20')).toEqual({ ok: true, value: 20 });
    expect(parse('asset', 'storesPatientData', 'no')).toEqual({ ok: true, value: false });
    expect(parse('asset', 'storesPatientData', '')).toEqual({ ok: true, value: null });
    expect(parse('asset', 'kind', 'medical-device')).toEqual({ ok: true, value: 'medical-device' });
    expect(parse('clinic', 'acquisitionDate', '2025-03-31')).toEqual({ ok: true, value: '2025-03-31' });
    expect(parse('clinic', 'acquisitionDate', '')).toEqual({ ok: true, value: '' });
  });

  it('says in plain words why a value does not fit', () => {
    expect(parse('clinic', 'name', 'x'.repeat(201))).toEqual({
      ok: false,
      message: 'That is too long: at most 200 characters.',
    });
    expect(parse('network', 'vlan', '5000')).toEqual({ ok: false, message: 'That is too large: at most 4094.' });
    expect(parse('network', 'vlan', '0')).toEqual({ ok: false, message: 'That is too small: at least 1.' });
    expect(parse('network', 'vlan', '2.5')).toEqual({ ok: false, message: 'Type a whole number.' });
    expect(parse('link', 'downMbps', 'fast')).toEqual({
      ok: false,
      message: 'Type a number, or leave it empty for not known.',
    });
    expect(parse('link', 'downMbps', '-3')).toEqual({ ok: false, message: 'That is too small: at least 0.' });
    expect(parse('clinic', 'acquisitionDate', '2025-02-30')).toMatchObject({
      ok: false,
      message: expect.stringContaining('not a date'),
    });
    expect(parse('asset', 'kind', 'toaster')).toEqual({ ok: false, message: 'Choose one of the listed values.' });
    expect(parse('clinic', 'archived', '')).toMatchObject({ ok: false });
    expect(parse('asset', 'networkId', 'x')).toMatchObject({
      ok: false,
      message: expect.stringContaining('another record'),
    });
  });
});
