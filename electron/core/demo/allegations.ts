// Demo allegations, from public reporting in November 2025 (see DOMAIN.md). Recorded as claims with their
// source, status and the vendor's response: allegations, never facts.
import type { AllegationInput } from '../allegations/model';

export const demoAllegations = (): AllegationInput[] => [
  {
    subjectName: 'Alibaba Group Holding Limited',
    sourceTitle: 'White House national security memo on Alibaba and the PLA (dated 1 November 2025), as reported by the Financial Times',
    publisher: 'Financial Times',
    sourceType: 'leaked or reported government document',
    url: null,
    publishedAt: '2025-11-15',
    claims: [
      { category: 'state access to customer data', text: "Gave China's military (PLA) access to customer data, including IP addresses, Wi-Fi records and payment records." },
      { category: 'military or intelligence support', text: 'Provided AI and cloud tools useful for military intelligence.' },
      { category: 'vulnerability sharing with state actors', text: 'Let employees pass knowledge of zero-day vulnerabilities to PLA-linked actors.' },
    ],
    status: 'denied by vendor',
    statusDate: '2025-11-15',
    vendorResponse: 'Alibaba denied every claim, calling the report "complete nonsense"; the Chinese government backed the denial.',
    credibility: 3,
    credibilityRationale:
      'A government memo reported by a major newspaper, but the memo itself is not public and the claims were not independently verified. ' +
      'Demo record: check the publication date and the article before relying on it.',
  },
  {
    subjectName: 'Alibaba Group Holding Limited',
    sourceTitle: 'Opinion: an unnamed "DragonCloud" unit and model theft through shell companies',
    publisher: 'Opinion blog (unnamed author)',
    sourceType: 'blog or opinion',
    url: null,
    publishedAt: '2025-11-20',
    claims: [
      { category: 'military or intelligence support', text: 'Claims an unnamed "DragonCloud" unit serves the military.' },
      { category: 'IP or model theft', text: 'Claims AI models are stolen through shell companies.' },
    ],
    status: 'alleged',
    statusDate: '2025-11-20',
    vendorResponse: null,
    credibility: 1,
    credibilityRationale: 'Opinion piece with no verifiable source, no named unit and no document; recorded so that it is seen and weighed as weak.',
  },
];
