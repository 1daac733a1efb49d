import type { AnswerValue } from '../../shared/checklists/question';
import type { Application } from '../../shared/model/application';
import { emptyAsset, type Asset } from '../../shared/model/asset';
import { flowData, type Flow } from '../../shared/model/flow';
import type { Link } from '../../shared/model/link';
import type { Network } from '../../shared/model/network';
import type { VendorAccess } from '../../shared/model/vendorAccess';
import type { AssessmentFacts } from '../../shared/rules/context';
import type { QuestionId } from '../../shared/checklists/questionIds';
import { enteredNow } from '../../shared/model/carriedRecord';
import { adminAccountData, type AdminAccount } from '../../shared/model/adminAccount';

export const ASSESSMENT = '00000000-0000-4000-8000-000000000001';
let next = 0;
export const id = () => `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`;

export function asset(overrides: Partial<Asset> = {}): { id: string; data: Asset } {
  return {
    id: id(),
    data: { ...emptyAsset(ASSESSMENT), name: 'PC', osVersion: 'Windows 11 Pro 25H2', ...overrides },
  };
}

export function network(overrides: Partial<Network> = {}): { id: string; data: Network } {
  return {
    id: id(),
    data: {
      assessmentId: ASSESSMENT,
      ...enteredNow,
      name: 'LAN',
      vlan: null,
      subnet: '',
      purpose: 'corporate',
      connectsTo: [],
      internetAccess: null,
      firewalled: null,
      reachableFromParent: null,
      notes: '',
      ...overrides,
    },
  };
}

export function vendorLink(overrides: Partial<VendorAccess> = {}): { id: string; data: VendorAccess } {
  return {
    id: id(),
    data: {
      assessmentId: ASSESSMENT,
      ...enteredNow,
      vendor: 'Acme',
      method: 'vpn',
      tool: '',
      availability: 'on-demand',
      mfa: true,
      reachesNetworkIds: [],
      reachesAssetIds: [],
      farSide: 'vendor-network',
      sessionLogging: true,
      sharedAccount: false,
      baaOnFile: true,
      notes: '',
      ...overrides,
    },
  };
}

export function link(overrides: Partial<Link> = {}): { id: string; data: Link } {
  return {
    id: id(),
    data: {
      assessmentId: ASSESSMENT,
      ...enteredNow,
      isp: 'ISP',
      type: 'fiber',
      downMbps: 500,
      upMbps: 500,
      latencyMs: 10,
      jitterMs: 2,
      lossPercent: 0,
      isBackup: false,
      notes: '',
      ...overrides,
    },
  };
}

export function application(overrides: Partial<Application> = {}): { id: string; data: Application } {
  return {
    id: id(),
    data: {
      assessmentId: ASSESSMENT,
      ...enteredNow,
      name: 'EMR',
      version: '1',
      category: 'emr',
      hosting: 'on-premises',
      vendorSupported: true,
      storesPatientData: true,
      adminAccess: '',
      notes: '',
      ...overrides,
    },
  };
}

/** A flow from one end to another; every field it does not name takes the schema's default. */
export function flow(from: string, to: string, overrides: Partial<Flow> = {}): { id: string; data: Flow } {
  return {
    id: id(),
    data: flowData.parse({
      assessmentId: ASSESSMENT,
      from,
      to,
      services: ['any'],
      method: 'routed',
      knownBy: 'stated',
      ...overrides,
    }),
  };
}

export function facts(
  parts: Partial<Omit<AssessmentFacts, 'answers'>> & { answers?: Partial<Record<QuestionId, AnswerValue>> } = {},
): AssessmentFacts {
  return {
    assessmentDate: parts.assessmentDate ?? '2026-11-28',
    answers: new Map(Object.entries(parts.answers ?? {})),
    assets: parts.assets ?? [],
    networks: parts.networks ?? [],
    vendorLinks: parts.vendorLinks ?? [],
    links: parts.links ?? [],
    applications: parts.applications ?? [],
    flows: parts.flows ?? [],
    ...(parts.adminAccounts ? { adminAccounts: parts.adminAccounts } : {}),
  };
}

export function adminAccount(overrides: Partial<AdminAccount> = {}): { id: string; data: AdminAccount } {
  return {
    id: id(),
    data: adminAccountData.parse({
      assessmentId: ASSESSMENT,
      system: 'emr',
      person: 'Pat Lee',
      organisation: 'clinic',
      stillEmployed: true,
      mfa: true,
      accountType: 'personal',
      separatePrivileged: true,
      ...overrides,
    }),
  };
}
