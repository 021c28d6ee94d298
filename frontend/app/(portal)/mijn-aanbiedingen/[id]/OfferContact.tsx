import { getT } from '../../../../i18n/server'
import type { OfferContact as Contact } from './loadOfferContact'

/** After the match: whom the therapist contacts about the start (see loadOfferContact for when). */
export async function OfferContact({ contact }: { contact: Contact }) {
  const { t } = await getT()
  const mail = (address: string) => <a href={`mailto:${address}`}>{address}</a>
  return (
    <section className="card offer-contact" aria-labelledby="offer-contact">
      <h2 id="offer-contact">{t('matching.offerContact.title')}</h2>
      <p>{t('matching.offerContact.lead')}</p>
      <dl className="facts">
        {contact.coordinator && (
          <>
            <dt>{t('matching.offerContact.coordinator')}</dt>
            <dd>
              {contact.coordinator.name}, {mail(contact.coordinator.email)}
            </dd>
          </>
        )}
        <dt>{t('matching.offerContact.organisation')}</dt>
        <dd>{contact.organisation}</dd>
        <dt>{t('matching.offerContact.organisationEmail')}</dt>
        <dd>{contact.organisationEmail ? mail(contact.organisationEmail) : t('matching.offerContact.noEmail')}</dd>
      </dl>
    </section>
  )
}
