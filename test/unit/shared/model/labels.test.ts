import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fieldChanges } from '../../../../shared/compare/fieldChanges';
import { assetFields as comparedAssetFields } from '../../../../shared/compare/comparedFields';
import {
  applicationCategory,
  applicationCategoryLabels,
  applicationHosting,
  applicationHostingLabels,
} from '../../../../shared/model/application';
import { assessmentStatus, assessmentStatusLabels } from '../../../../shared/model/assessment';
import * as asset from '../../../../shared/model/asset';
import * as flow from '../../../../shared/model/flow';
import { findingStatus, findingStatusLabels, severity, severityLabels } from '../../../../shared/model/finding';
import { choices, inSentence } from '../../../../shared/model/labels';
import { linkType, linkTypeLabels } from '../../../../shared/model/link';
import { networkPurpose, networkPurposeLabels } from '../../../../shared/model/network';
import * as vendor from '../../../../shared/model/vendorAccess';
import { inventoryRows } from '../../../../shared/report/reportRegisters';
import { assetKindOptions } from '../../../../renderer/features/inventory/inventoryKinds';
import { deviceAbout } from '../../../../renderer/features/findings/findingGroups';
import { osSupport } from '../../../../shared/reference/osLifecycle';

type Labelled = [z.ZodEnum, Readonly<Record<string, string>>];
const labelled: Record<string, Labelled> = {
  assetKind: [asset.assetKind, asset.assetKindLabels],
  osFamily: [asset.osFamily, asset.osFamilyLabels],
  criticality: [asset.criticality, asset.criticalityLabels],
  connection: [asset.connection, asset.connectionLabels],
  patchedBy: [asset.patchedBy, asset.patchedByLabels],
  physicalExposure: [asset.physicalExposure, asset.physicalExposureLabels],
  physicalExposurePhrases: [asset.physicalExposure, asset.physicalExposurePhrases],
  esuCoverage: [asset.esuCoverage, asset.esuCoverageLabels],
  attachment: [asset.attachment, asset.attachmentLabels],
  networkPurpose: [networkPurpose, networkPurposeLabels],
  flowMethod: [flow.flowMethod, flow.flowMethodLabels],
  flowMethodShort: [flow.flowMethod, flow.flowMethodShort],
  flowMethodChoice: [flow.flowMethod, flow.flowMethodChoiceLabels],
  flowEvidence: [flow.flowEvidence, flow.flowEvidenceLabels],
  flowEvidenceChoice: [flow.flowEvidence, flow.flowEvidenceChoiceLabels],
  flowStatus: [flow.flowStatus, flow.flowStatusLabels],
  accessMethod: [vendor.accessMethod, vendor.accessMethodLabels],
  accessMethodChoice: [vendor.accessMethod, vendor.accessMethodChoiceLabels],
  accessAvailability: [vendor.accessAvailability, vendor.accessAvailabilityLabels],
  vendorFarSide: [vendor.vendorFarSide, vendor.vendorFarSideLabels],
  linkType: [linkType, linkTypeLabels],
  applicationCategory: [applicationCategory, applicationCategoryLabels],
  applicationHosting: [applicationHosting, applicationHostingLabels],
  assessmentStatus: [assessmentStatus, assessmentStatusLabels],
  severity: [severity, severityLabels],
  findingStatus: [findingStatus, findingStatusLabels],
};

describe('the labels beside the enum schemas', () => {
  it.each(Object.entries(labelled))(
    '%s: one non-empty label for each value, and nothing else',
    (_, [schema, labels]) => {
      expect(Object.keys(labels).sort()).toEqual([...schema.options].map(String).sort());
      for (const label of Object.values(labels)) expect(label.trim()).not.toBe('');
      expect(choices(labels).map((c) => c.value)).toEqual(Object.keys(labels));
    },
  );

  it('reads inside a sentence without losing an acronym', () => {
    expect(inSentence('Remote-control tool')).toBe('remote-control tool');
    expect(inSentence('VPN')).toBe('VPN');
    expect(inSentence('IoT / other')).toBe('IoT / other');
  });

  it('is the same word on the form, the finding, the PDF register and the comparison', () => {
    const word = asset.assetKindLabels.iot;
    expect(assetKindOptions.find((o) => o.value === 'iot')?.label).toBe(word);
    expect(deviceAbout({ kind: 'iot', deviceType: '', vendor: '', model: '', osVersion: '' }, undefined)).toContain(
      word,
    );
    const camera = { id: 'a1', data: { ...asset.emptyAsset('s1'), kind: 'iot' as const, name: 'Lobby camera' } };
    const records = { assets: [camera] } as unknown as Parameters<typeof inventoryRows>[0];
    expect(
      inventoryRows(records, (os) => osSupport(os, '2026-11-28'), new Map([['a1', 'Lobby camera']]))[0]?.kind,
    ).toBe(word);
    const refs = { priorToCurrent: new Map(), priorNames: new Map(), currentNames: new Map() };
    const changes = fieldChanges({ ...camera.data, kind: 'workstation' }, camera.data, comparedAssetFields, refs);
    expect(changes.find((c) => c.field === 'kind')?.after).toBe(word);
  });
});
