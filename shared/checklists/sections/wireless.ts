import { options, yesNo, type Section } from '../question';

export const wireless = {
  id: 'wireless',
  title: 'Wireless and RF',
  intro: 'Wi-Fi, and the radio equipment that talks to devices and implants.',
  questions: [
    {
      id: 'wireless.wifi-security',
      text: 'What security does the staff Wi-Fi use?',
      help: "Shown in the network's properties on a laptop. WEP and open networks can be read by anyone nearby; a shared WPA2 key known to ex-staff is weak too.",
      answer: {
        kind: 'choice',
        options: options(
          ['wpa3-enterprise', 'WPA3 or WPA2-Enterprise'],
          ['wpa2-personal', 'WPA2/WPA3 with a shared password'],
          ['wep-open', 'WEP or open'],
          ['none', 'No Wi-Fi'],
          ['unknown', 'Not known'],
        ),
      },
      required: true,
    },
    {
      id: 'wireless.devices-on-wifi',
      text: 'Do medical devices (infusion pumps, monitors) connect over Wi-Fi?',
      help: 'Wireless pumps often share the staff Wi-Fi and its key.',
      answer: yesNo,
      required: true,
      showIf: { question: 'wireless.wifi-security', in: ['wpa3-enterprise', 'wpa2-personal', 'wep-open', 'unknown'] },
    },
    {
      id: 'wireless.devices-separate-ssid',
      text: 'Are those devices on their own SSID and VLAN?',
      help: 'Check the SSID list and which VLAN each maps to.',
      answer: yesNo,
      showIf: { question: 'wireless.devices-on-wifi', equals: true },
    },
    {
      id: 'wireless.rf-equipment',
      text: 'Is there RF telemetry or implant programmer equipment?',
      help: 'Pacemaker/ICD programmers, neurostimulator controllers, wireless telemetry receivers.',
      answer: yesNo,
      required: true,
    },
    {
      id: 'wireless.rf-secured',
      text: 'Is that equipment kept locked away and its use restricted to trained staff?',
      help: "A programmer left in a corridor can change therapy settings of a patient's implant within radio range.",
      answer: {
        kind: 'choice',
        options: options(
          ['locked', 'Locked, use logged'],
          ['restricted', 'In a staff area, not locked'],
          ['open', 'Accessible to anyone'],
        ),
      },
      required: true,
      showIf: { question: 'wireless.rf-equipment', equals: true },
    },
  ],
} as const satisfies Section;
