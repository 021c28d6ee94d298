import type { Member } from '../payload-types'
import type { ProfileKey } from './therapistProfiles'

type Language = NonNullable<Member['languages']>[number]

export type TherapistSpec = {
  first: string
  last: string
  region: string
  profile: ProfileKey
  /** Languages besides Dutch. */
  languages?: Language[]
  pending?: boolean
}

const t = (
  first: string,
  last: string,
  region: string,
  profile: ProfileKey,
  extra: Partial<TherapistSpec> = {},
): TherapistSpec => ({
  first,
  last,
  region,
  profile,
  ...extra,
})

/**
 * Fictional therapists. Most work in the six founding regions, the rest in regions that
 * joined later (domain.md: ~95 therapists in 18 regions after six months).
 */
export const THERAPISTS: TherapistSpec[] = [
  // Amsterdam-Amstelland
  t('Femke', 'van Dijk', 'amsterdam', 'kind'),
  t('Yasmina', 'El Idrissi', 'amsterdam', 'gezin', { languages: ['ar'] }),
  t('Ruben', 'Vos', 'amsterdam', 'volwassen'),
  t('Merel', 'Bakker', 'amsterdam', 'jong'),
  t('Daan', 'Visser', 'amsterdam', 'tiener'),
  t('Priscilla', 'Martina', 'amsterdam', 'kind', { languages: ['pap'] }),
  // Kennemerland
  t('Lotte', 'Jansen', 'haarlem', 'jong'),
  t('Joost', 'de Graaf', 'haarlem', 'pleger'),
  t('Anouk', 'Mulder', 'haarlem', 'kind'),
  t('Esther', 'Koster', 'haarlem', 'gezin'),
  t('Bas', 'Hendriks', 'haarlem', 'tiener'),
  // Alkmaar/West-Friesland
  t('Marloes', 'Dekker', 'alkmaar', 'kind'),
  t('Sander', 'Kok', 'alkmaar', 'volwassen'),
  t('Iris', 'Schouten', 'alkmaar', 'jong'),
  t('Hanneke', 'de Boer', 'alkmaar', 'gezin'),
  t('Fatma', 'Demir', 'alkmaar', 'tiener', { languages: ['tr'] }),
  // Flevoland
  t('Nadia', 'Amrani', 'almere', 'kind', { languages: ['ar'] }),
  t('Wouter', 'Peters', 'almere', 'pleger'),
  t('Roos', 'van Leeuwen', 'almere', 'spel'),
  t('Kofi', 'Mensah', 'almere', 'volwassen', { languages: ['en'] }),
  t('Linda', 'Bos', 'almere', 'gezin'),
  // Zaanstreek-Waterland
  t('Eva', 'Smits', 'zaanstad', 'kind'),
  t('Mark', 'Willems', 'zaanstad', 'volwassen'),
  t('Sophie', 'Meijer', 'zaanstad', 'jong'),
  t('Agnieszka', 'Nowak', 'zaanstad', 'gezin', { languages: ['pl'] }),
  // Kop van Noord-Holland
  t('Karin', 'Post', 'den-helder', 'kind'),
  t('Jeroen', 'Zijlstra', 'den-helder', 'gezin'),
  t('Tessa', 'Kuiper', 'den-helder', 'tiener', { pending: true }),
  // Regions that joined later
  t('Maaike', 'Huisman', 'utrecht', 'kind'),
  t('Emre', 'Yılmaz', 'utrecht', 'tiener', { languages: ['tr'] }),
  t('Fleur', 'Vermeulen', 'rotterdam', 'jong'),
  t('Mohamed', 'Ouali', 'rotterdam', 'pleger', { languages: ['ar'] }),
  t('Charlotte', 'van den Berg', 'den-haag', 'gezin'),
  t('Senait', 'Tesfaye', 'den-haag', 'volwassen', { languages: ['ti', 'en'] }),
  t('Annemiek', 'Prins', 'leiden', 'kind', { pending: true }),
  t('Pieter', 'Brink', 'hilversum', 'volwassen'),
  t('Judith', 'Wolters', 'amersfoort', 'jong'),
  t('Jelle', 'Postma', 'groningen', 'tiener'),
  t('Ilse', 'Veenstra', 'zwolle', 'gezin'),
  t('Noor', 'Claassen', 'eindhoven', 'kind'),
  t('Gerrit', 'Jacobs', 'nijmegen', 'pleger'),
  t('Sarah', 'Lammers', 'arnhem', 'spel', { languages: ['de'] }),
  t('Mirjam', 'Verbeek', 'breda', 'kind', { languages: ['fr'] }),
  t('Luc', 'Dassen', 'maastricht', 'volwassen', { languages: ['fr', 'de'], pending: true }),
]

/** The demo therapist account's own profile (see people.ts). */
export const DEMO_THERAPIST: TherapistSpec = t('Sanne', 'de Wit', 'amsterdam', 'kind', { languages: ['en'] })
