/**
 * Each finding area's references: for the assessor's own findings (rule id 'assessor'),
 * which carry an area and no rule, and for a rule the mapping does not know (a content
 * pack's minimum standard, 'standard.<id>', whose subject the firm chose).
 */
import type { Area } from '../../model/finding';
import { H, mapping as m, type FrameworkMapping } from './frameworkMapping';

export const areaMappings: Readonly<Record<Area, FrameworkMapping>> = {
  endpoints: m(
    [H.riskManagement, H.malware, H.workstationSecurity],
    ['2.S.A', '2.M.A', '7.S.A', '7.M.D'],
    ['E1'],
    ['PR.PS-02', 'DE.CM-09'],
  ),
  devices: m(
    [H.riskManagement, H.accessControl],
    ['9.S.A', '9.M.A', '5.M.A'],
    ['E1', 'EN1'],
    ['ID.AM-01', 'PR.PS-03', 'PR.IR-01'],
  ),
  network: m([H.accessControl, H.transmission], ['6.S.A', '6.M.A', '6.M.B'], ['EN7'], ['PR.IR-01', 'DE.CM-01']),
  vendor: m(
    [H.businessAssociates, H.accessControl, H.audit],
    ['3.M.D', '5.M.B'],
    ['E10', 'E3'],
    ['GV.SC-05', 'GV.SC-07', 'DE.CM-06'],
  ),
  connectivity: m([H.contingencyPlan, H.criticality], ['6'], [], ['PR.IR-03', 'PR.IR-04']),
  apps: m(
    [H.accessControl, H.audit, H.authentication],
    ['3.M.A', '4.M.C', '7.M.D'],
    ['E1', 'E3'],
    ['PR.AA-05', 'PR.PS-02'],
  ),
  identity: m(
    [H.accessAuthorization, H.uniqueUser, H.authentication, H.passwords],
    ['3.S.A', '3.M.A', '3.M.C'],
    ['E3', 'E8', 'E9'],
    ['PR.AA-01', 'PR.AA-03', 'PR.AA-05'],
  ),
  wireless: m(
    [H.transmission, H.accessControl, H.facilityAccess],
    ['6.S.A', '6.M.A', '9.M.E'],
    ['E5'],
    ['PR.IR-01', 'PR.DS-02'],
  ),
  scanning: m([H.riskAnalysis, H.evaluation], ['7.S.A', '7.M.A'], ['EN4'], ['ID.RA-01']),
  governance: m(
    ['164.308(a)(1)(i)', H.riskAnalysis, H.securityResponsibility, H.policies],
    ['10.S.A', '10.M.A'],
    ['E7'],
    ['GV.PO-01', 'GV.RR-02', 'ID.RA-05', 'ID.AM-07'],
  ),
};
