// Suppliers for a handful of demo vendors, so that the dashboard's concentration shows something on first run: the
// hosting and model APIs they build on, with invented relationships. One supplier, Huawei Technologies Co., Ltd.,
// is on the bundled DoD 1260H list, so its vendor shows a hit through a supplier.
import type { SupplierFields } from '../suppliers/model';

type DemoSupplier = [vendor: string, supplier: SupplierFields];

const aws = (dataShared: SupplierFields['dataShared']): SupplierFields => ({ name: 'Amazon Web Services', service: 'IaaS/PaaS', dataShared, country: 'US' });
const azure = (dataShared: SupplierFields['dataShared']): SupplierFields => ({ name: 'Microsoft Azure', service: 'IaaS/PaaS', dataShared, country: 'US' });

export function demoSuppliers(): DemoSupplier[] {
  return [
    ['Snowflake Inc.', aws(['Customer personal data', 'Payment data'])],
    ['Snowflake Inc.', azure(['Customer personal data'])],
    ['Salesforce, Inc.', aws(['Customer personal data'])],
    ['Anthropic PBC', aws(['Customer personal data', 'Source code'])],
    ['Anthropic PBC', { name: 'Google Cloud', service: 'IaaS/PaaS', dataShared: ['Customer personal data'], country: 'US' }],
    ['Tata Consultancy Services Limited', aws(['Customer personal data', 'Payment data'])],
    ['OpenAI OpCo, LLC', azure(['Customer personal data', 'Source code'])],
    ['Mistral AI SAS', azure(['Customer personal data'])],
    ['Infosys Limited', azure(['Source code'])],
    ['Infosys Limited', { name: 'OpenAI', service: 'AI model/API', dataShared: ['Source code'], country: 'US' }],
    ['NTT DATA Group Corporation', azure(['Customer personal data'])],
    ['Cohere Inc.', { name: 'Oracle Cloud Infrastructure', service: 'IaaS/PaaS', dataShared: ['Customer personal data'], country: 'US' }],
    ['Fujitsu Limited', { name: 'DeepSeek', service: 'AI model/API', dataShared: ['Source code'], country: 'CN' }],
    ['Samsung SDS Co., Ltd.', { name: 'Alibaba Cloud Model Studio (Qwen)', service: 'AI model/API', dataShared: ['Customer personal data'], country: 'CN' }],
    ['Kingsoft Cloud Holdings Limited', { name: 'DeepSeek', service: 'AI model/API', dataShared: ['IP addresses / device data'], country: 'CN' }],
    ['Kingsoft Cloud Holdings Limited', { name: 'Huawei Technologies Co., Ltd.', service: 'Hardware', dataShared: ['IP addresses / device data'], country: 'CN' }],
    ['Tencent Cloud Computing (Beijing) Co., Ltd.', { name: 'Alibaba Cloud', service: 'IaaS/PaaS', dataShared: ['IP addresses / device data'], country: 'CN' }],
    ['DeepL SE', { name: 'Hetzner Online GmbH', service: 'IaaS/PaaS', dataShared: ['Customer personal data'], country: 'DE' }],
  ];
}
