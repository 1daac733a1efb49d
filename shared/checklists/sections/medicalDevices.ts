import { options, yesNo, type Section } from '../question';

export const medicalDevices = {
  id: 'devices',
  title: 'Medical devices',
  intro:
    'Networked medical devices often run old Windows that the clinic may not patch. Record each device in the Inventory with its MDS2-style facts; these questions cover the fleet.',
  questions: [
    {
      id: 'devices.present',
      text: 'Are there networked or connected medical devices at the clinic?',
      help: 'Imaging (X-ray, ultrasound, CT), lab analysers, infusion pumps, patient monitors, ECG carts, implant programmers.',
      answer: yesNo,
      required: true,
    },
    {
      id: 'devices.recorded',
      text: 'Has every medical device been recorded in the Inventory (vendor, model, OS or firmware, network, patch status)?',
      help: 'Read the device\'s "About" screen or service label; ask the vendor for the MDS2 form (Manufacturer Disclosure Statement for Medical Device Security).',
      answer: yesNo,
      required: true,
      showIf: { question: 'devices.present', equals: true },
    },
    {
      id: 'devices.mds2-on-file',
      text: 'Are MDS2 forms on file for the devices?',
      help: 'The MDS2 states what the device stores, how it is patched and which ports it uses.',
      answer: { kind: 'choice', options: options(['all', 'For all devices'], ['some', 'For some'], ['none', 'None']) },
      showIf: { question: 'devices.present', equals: true },
    },
    {
      id: 'devices.kinds',
      text: 'Which kinds of device are there?',
      help: 'Tick all that apply.',
      answer: {
        kind: 'multi-choice',
        options: options(
          ['imaging', 'Imaging modality (X-ray, CT, ultrasound)'],
          ['infusion', 'Infusion pumps'],
          ['monitors', 'Patient monitors'],
          ['lab', 'Lab analysers'],
          ['ecg', 'ECG / cardiology'],
          ['implant-programmer', 'Implant programmers (pacemaker, ICD, neurostimulator)'],
          ['other', 'Other'],
        ),
      },
      showIf: { question: 'devices.present', equals: true },
    },
    {
      id: 'devices.vendor-patching',
      text: 'Who patches the medical devices?',
      help: 'Many devices may only be patched by the vendor because of their regulatory clearance.',
      answer: {
        kind: 'choice',
        options: options(
          ['clinic', 'The clinic'],
          ['vendor', 'The vendor only'],
          ['nobody', 'Nobody'],
          ['unknown', 'Not known'],
        ),
      },
      required: true,
      showIf: { question: 'devices.present', equals: true },
    },
    {
      id: 'devices.default-credentials',
      text: 'Have default passwords on the devices been changed?',
      help: 'Service accounts with published defaults ("service/service") are common; check the vendor manual.',
      answer: {
        kind: 'choice',
        options: options(['all', 'On all devices'], ['some', 'On some'], ['none', 'On none'], ['unknown', 'Not known']),
      },
      required: true,
      showIf: { question: 'devices.present', equals: true },
    },
    {
      id: 'devices.fragile',
      text: 'Are there devices the vendor says must not be actively scanned?',
      help: 'Old embedded stacks can crash under a port scan; record them and plan passive methods.',
      answer: yesNo,
      showIf: { question: 'devices.present', equals: true },
    },
  ],
} as const satisfies Section;
