// Every id the extension shares with package.json, in one place.

export const EXTENSION_ID = 'crm-study.crm-study-notes';
export const OUTPUT_CHANNEL = 'CRM Study';

export const Commands = {
  showPackInfo: 'crmStudy.showPackInfo',
} as const;
