import { findArea } from '../../app/areas';
import { PageHeader } from '../../components/PageHeader';

const steps = [
  { title: 'Walk the checklists', text: 'Operating systems and their end of support, medical devices and their networks, segmentation and vendor access, bandwidth, EMR and other applications, wireless and RF, scanning windows.' },
  { title: 'Review the findings', text: 'Risks are derived and scored from your answers, each with concrete remediation.' },
  { title: 'Exchange assessment files', text: 'Export an encrypted file for the parent firm; import earlier assessments and merge them with your work.' },
  { title: 'Print the reports', text: 'A PDF for the clinic and one for the parent firm.' },
];

/** The first screen: the clinics being assessed. */
export function ClinicsPage() {
  return (
    <>
      <PageHeader title="Clinics" summary={findArea('clinics')?.summary ?? ''} />
      <section className="card empty-state" aria-labelledby="no-clinics-title">
        <h2 id="no-clinics-title">No clinics yet</h2>
        <p>Everything you record stays on this computer. An assessment goes in four steps:</p>
        <ol className="steps">
          {steps.map((step) => (
            <li key={step.title}>
              <strong>{step.title}.</strong> {step.text}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
