import { ClinicDetail } from './ClinicDetail';
import { ClinicList } from './ClinicList';

/** `#/clinics` lists the clinics; `#/clinics/<id>` opens one. */
export function ClinicsPage({ path }: { path: string[] }) {
  const [clinicId] = path;
  return clinicId ? <ClinicDetail key={clinicId} clinicId={clinicId} /> : <ClinicList />;
}
