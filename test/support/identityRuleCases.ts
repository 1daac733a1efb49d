/** For each identity rule: facts on which it fires, with the severity expected, and facts on which it stays quiet. */
import type { AssessmentFacts } from '../../shared/rules/context';
import type { Severity } from '../../shared/rules/severity';
import { adminAccount, facts } from './assessmentFacts';

type Case = { fires: AssessmentFacts; quiet: AssessmentFacts; severity?: Severity };

export const identityCases: Record<string, Case> = {
  'identity.departed-admin': {
    fires: facts({ adminAccounts: [adminAccount({ system: 'firewall', stillEmployed: false })] }),
    quiet: facts({ adminAccounts: [adminAccount({ system: 'firewall', stillEmployed: null })] }),
    severity: 'critical',
  },
  'identity.seller-admin': {
    fires: facts({ adminAccounts: [adminAccount({ system: 'backups', organisation: 'seller' })] }),
    quiet: facts({ adminAccounts: [adminAccount({ system: 'backups', organisation: 'parent' })] }),
    severity: 'high',
  },
  'identity.msp-standing-admin': {
    fires: facts({ adminAccounts: [adminAccount({ system: 'domain', organisation: 'msp' })] }),
    quiet: facts({ adminAccounts: [adminAccount({ system: 'domain', organisation: 'clinic' })] }),
    severity: 'medium',
  },
  'identity.shared-admin': {
    fires: facts({ adminAccounts: [adminAccount({ accountType: 'shared' })] }),
    quiet: facts({ adminAccounts: [adminAccount({ accountType: 'service' })] }),
    severity: 'high',
  },
  'identity.admin-no-mfa': {
    fires: facts({ adminAccounts: [adminAccount({ system: 'email-tenant', mfa: false })] }),
    quiet: facts({ adminAccounts: [adminAccount({ system: 'email-tenant', mfa: null })] }),
    severity: 'critical',
  },
  'identity.no-separate-admin': {
    fires: facts({ adminAccounts: [adminAccount({ separatePrivileged: false })] }),
    quiet: facts({ adminAccounts: [adminAccount({ separatePrivileged: false, accountType: 'service' })] }),
    severity: 'medium',
  },
  'identity.unknown-admin': {
    fires: facts({ adminAccounts: [adminAccount({ system: 'emr' })] }),
    quiet: facts({ answers: { 'identity.email-provider': 'm365' } }),
    severity: 'medium',
  },
  'identity.email-no-mfa': {
    fires: facts({ answers: { 'identity.email-provider': 'm365', 'identity.email-mfa': 'no' } }),
    quiet: facts({ answers: { 'identity.email-provider': 'm365', 'identity.email-mfa': 'yes' } }),
    severity: 'high',
  },
  'identity.legacy-auth': {
    fires: facts({ answers: { 'identity.email-provider': 'google', 'identity.legacy-auth': false } }),
    quiet: facts({ answers: { 'identity.email-provider': 'google', 'identity.legacy-auth': true } }),
    severity: 'high',
  },
  'identity.dmarc-weak': {
    fires: facts({ answers: { 'identity.dmarc': 'none' } }),
    quiet: facts({ answers: { 'identity.dmarc': 'quarantine' } }),
    severity: 'medium',
  },
  'identity.spf-dkim-missing': {
    fires: facts({ answers: { 'identity.spf': false, 'identity.dkim': true } }),
    quiet: facts({ answers: { 'identity.spf': true, 'identity.dkim': true } }),
    severity: 'medium',
  },
  'identity.registrar-no-mfa': {
    fires: facts({ answers: { 'identity.registrar-known': true, 'identity.registrar-mfa': false } }),
    quiet: facts({ answers: { 'identity.registrar-known': true, 'identity.registrar-mfa': true } }),
    severity: 'critical',
  },
  'identity.offboarding': {
    fires: facts({ answers: { 'identity.offboarding': false } }),
    quiet: facts({ answers: { 'identity.offboarding': true } }),
    severity: 'medium',
  },
  'identity.no-break-glass': {
    fires: facts({ answers: { 'identity.email-provider': 'm365', 'identity.break-glass': false } }),
    quiet: facts({ answers: { 'identity.email-provider': 'exchange-onprem', 'identity.break-glass': false } }),
    severity: 'low',
  },
};
