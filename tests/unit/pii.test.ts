import { describe, expect, it } from '@jest/globals'
import { type PiiKind, clientDataProblem, scanForPii } from '../../src/domain/pii'

/**
 * The client-data guard (src/domain/pii.ts) against the spellings people type in
 * Dutch practice. Every refused text must be found with the kind named; every
 * innocent text must pass untouched.
 */
const now = new Date('2026-03-01T10:00:00Z')
const kindsIn = (text: string) => [...new Set(scanForPii(text, now).map((finding) => finding.kind))]

const refused: [text: string, kind: PiiKind][] = [
  // BSN
  ['BSN 111222333', 'bsn'],
  ['bsn: 111.222.333', 'bsn'],
  ['BSN 111 222 333', 'bsn'],
  ['burgerservicenummer 1112.22.333', 'bsn'],
  ['het kind heeft nummer 123456782', 'bsn'],
  ['BSN-nummer 123 45 6782', 'bsn'],
  ['bsn 12345678 (oud nummer)', 'bsn'],
  ['sofinummer: 123-456-782', 'bsn'],
  ['Burgerservicenummer: 987654321 (klopt niet, maar wel genoemd)', 'bsn'],
  ['1234.56.782 is zijn nummer', 'bsn'],
  // mobile numbers
  ['bel 06-12345678', 'phone'],
  ['06 12345678', 'phone'],
  ['0612345678', 'phone'],
  ['06 1234 5678', 'phone'],
  ['06-1234 5678', 'phone'],
  ['06 12 34 56 78', 'phone'],
  ['06.12.34.56.78', 'phone'],
  ['(06) 12345678', 'phone'],
  ['(06)-12345678', 'phone'],
  ['06 - 12 34 56 78', 'phone'],
  ['+31 6 12345678', 'phone'],
  ['+31(0)6 12345678', 'phone'],
  ['+31 (0)6-1234 5678', 'phone'],
  ['+316 12345678', 'phone'],
  ['+31612345678', 'phone'],
  ['0031 6 12345678', 'phone'],
  ['0031612345678', 'phone'],
  ['moeder: 06/12345678', 'phone'],
  // landlines
  ['020-1234567', 'phone'],
  ['020 123 4567', 'phone'],
  ['020 123 45 67', 'phone'],
  ['(020) 1234567', 'phone'],
  ['(020) 123 45 67', 'phone'],
  ['0299-123456', 'phone'],
  ['0299 12 34 56', 'phone'],
  ['(0299) 123456', 'phone'],
  ['+31 20 123 4567', 'phone'],
  ['+31 (0)20 123 4567', 'phone'],
  ['0031 299 123456', 'phone'],
  ['010 - 123 45 67', 'phone'],
  ['tel.nr. oma 072-5123456', 'phone'],
  // e-mail, plain and spelled out
  ['mail moeder@voorbeeld.nl', 'email'],
  ['m.jansen@gmail.com', 'email'],
  ['m.jansen @ gmail.com', 'email'],
  ['moeder.jansen at gmail punt com', 'email'],
  ['moeder.jansen at gmail dot com', 'email'],
  ['m.jansen[at]hotmail[dot]nl', 'email'],
  ['m.jansen(at)hotmail(punt)nl', 'email'],
  ['jansen apenstaartje ziggo punt nl', 'email'],
  ['m.jansen@gmail', 'email'],
  ['MOEDER.JANSEN AT GMAIL PUNT COM', 'email'],
  // dates of birth, every notation
  ['geboren 2015-03-12', 'date-of-birth'],
  ['geb. 12-03-15', 'date-of-birth'],
  ['geb. 12-03-2015', 'date-of-birth'],
  ['geboren 12/03/2015', 'date-of-birth'],
  ['geboren 12.03.2015', 'date-of-birth'],
  ['geboortedatum: 12-3-15', 'date-of-birth'],
  ['geb 1-2-2019', 'date-of-birth'],
  ['geboren op 12 maart 2015', 'date-of-birth'],
  ['geb. 12 mrt 2015', 'date-of-birth'],
  ["geboren 12 mrt '15", 'date-of-birth'],
  ['geboren 3e september 2018', 'date-of-birth'],
  ['geb. 12 maart', 'date-of-birth'],
  ['geboren in maart 2015', 'date-of-birth'],
  ['geb. 12-03', 'date-of-birth'],
  ['meisje, 12-03-2015', 'date-of-birth'],
  ['kind van 14-2-2014', 'date-of-birth'],
  ['jongen (2015-03-12)', 'date-of-birth'],
  ['zoon, 1 januari 2012', 'date-of-birth'],
  ['d.o.b. 12/03/15', 'date-of-birth'],
  ['Geboren: 12-03-2015', 'date-of-birth'],
  // postcodes and addresses
  ['woont op 2011 AB 12', 'address'],
  ['1012 AB huisnummer 5', 'address'],
  ['1012AB 5', 'address'],
  ['1012 AB', 'address'],
  ['1012AB', 'address'],
  ['1012ab 5', 'address'],
  ['1012 ab huisnummer 5', 'address'],
  ['1012 AB, nr. 5', 'address'],
  ['Kerkstraat 12, 2011AB Haarlem', 'address'],
  ['woont aan de Kerkstraat 12', 'address'],
  ['Damrak 5, 1012 LG Amsterdam', 'address'],
  ['kerklaan 3a', 'address'],
]

const innocent: string[] = [
  'Meisje van 8, herbelevingen na geweld.',
  'Jongen van 6 jaar, nachtmerries sinds de scheiding.',
  'Kind van 3 jaar en 4 maanden',
  'In de opvang sinds 2019.',
  'sinds maart 2024 in beeld bij Veilig Thuis',
  'Geboren in 2015, nu in groep 5.',
  'Start 1-4-2026, 2 uur per week.',
  'Gewenste start per 1 september 2026',
  'Liefst vanaf 2026-05-01.',
  'Afspraken om 14:30 of 16.00 uur.',
  'Op dinsdag van 9.00-12.00 uur',
  '16 uur per week, 2 sessies van 1,5 uur',
  'Maximaal 6 uur per week beschikbaar.',
  'Doelgroep 0-4 jaar en 4-12 jaar',
  'regio 2011 (Haarlem)',
  'Postcodegebied 1012 (centrum)',
  'sinds 2019 en 2020 twee keer verhuisd',
  'Veilig Thuis is bereikbaar op 0800-2000.',
  'Het algemene nummer van de organisatie is 088-1234567.',
  'Bel bij crisis 112.',
  'Gemeente via 14 020',
  'Infolijn 0900-1234',
  'Het dossiernummer is 123456789.',
  'EMDR, TF-CBT en Theraplay; 3 tot 5 sessies.',
  'Kind in opvang met moeder, 2 broertjes (4 en 7).',
  'Traject van 10-25 sessies, elke 2 weken.',
  'We werken met de methode Kinderen uit de Knel.',
  'Mail ons via het portaal, niet per e-mail.',
  'Wachttijd circa 6 weken; 3 kinderen in het gezin.',
  'Vader pleger, behandeling gericht op geweldspatronen.',
  'Afspraak op kantoor, onderweg 5 keer overgestapt.',
  'Onze teamleider komt in week 12 terug.',
  'Eerste gesprek gehad op 20 februari 2026.',
  'Gezin 2x per week bezocht, score 7/10.',
  'BSN is bij ons bekend en wordt niet gedeeld.',
  'Bereik ons via het contactformulier at the website.',
  'Budget 2500 EUR per traject.',
  'Traject 2024-2026 afgerond.',
]

describe('client-data guard', () => {
  it(`covers at least 60 refused spellings and 30 innocent texts (now ${refused.length} and ${innocent.length})`, () => {
    expect(refused.length).toBeGreaterThanOrEqual(60)
    expect(innocent.length).toBeGreaterThanOrEqual(30)
  })

  it.each(refused)('refuses %j as %s', (text, kind) => {
    expect(kindsIn(text)).toContain(kind)
  })

  it.each(innocent)('lets %j pass', (text) => {
    expect(scanForPii(text, now)).toEqual([])
  })

  it('refuses a value that is not text with a message naming the field, instead of crashing', () => {
    expect(clientDataProblem('De toelichting', 12345, now)).toEqual({
      kinds: [],
      message: 'De toelichting moet tekst zijn.',
    })
    expect(clientDataProblem('De korte titel', { $gt: '' }, now)?.message).toBe('De korte titel moet tekst zijn.')
    expect(clientDataProblem('De toelichting', null, now)).toBeNull()
  })

  it('names the field and every kind found in Dutch', () => {
    expect(
      clientDataProblem(
        'De reden van annuleren',
        'Kind (BSN 111222333, geb. 12-03-2015) is verhuisd naar 1012 AB 5',
        now,
      )?.message,
    ).toBe(
      'De reden van annuleren bevat een geboortedatum en een burgerservicenummer (BSN) en een adres of postcode. Hier mag niets staan waarmee een cliënt te herkennen is; haal het weg en beschrijf alleen wat nodig is.',
    )
  })
})
