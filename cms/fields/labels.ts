/** Dutch first, English second: every admin label is written as `t('Nederlands', 'English')`. */
export const t = (nl: string, en: string) => ({ nl, en })

export type Option = { label: { nl: string; en: string }; value: string }

export const option = (value: string, nl: string, en: string): Option => ({ value, label: t(nl, en) })
